// Fails fast when the running Node.js is not the project's major (24 LTS): plain JavaScript, so it
// runs before tsx or anything else that a wrong Node could break in a confusing way.
const wanted = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major !== wanted) {
  console.error(
    `Business Center runs on Node.js ${wanted} LTS; this is ${process.version} (${process.execPath}). ` +
      'Run `bash scripts/setup.sh`, which installs it.',
  );
  process.exit(1);
}
