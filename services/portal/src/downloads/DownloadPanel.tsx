import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import type { DownloadPanel_ProductFragment } from '../__generated__/graphql.ts';
import { apiProblem } from '../ui/errors.ts';
import { startDownload } from './browser-file.ts';
import { fileKey, formatSize, languageName, orderFiles, parseFileKey } from './files.ts';

const DownloadPanelProduct = graphql(`
  fragment DownloadPanel_product on CatalogProduct {
    name
    versions {
      version
      editions {
        edition
        displayName
        sku
        files {
          language
          os
          fileName
          sizeBytes
        }
      }
    }
  }
`);

const RequestDownload = graphql(`
  mutation RequestDownload($input: RequestDownloadInput!) {
    requestDownload(input: $input) {
      url
      fileName
    }
  }
`);

/**
 * The guide's download steps: "Select the language and operating system that you want from the Files
 * drop-down list", then each item's Download button. The server gives a short-lived link (INV-5) that
 * the browser opens as an ordinary download: a plain link, no bearer header (issue 15 contract, item 4).
 */
export function DownloadPanel({
  id,
  product,
}: {
  id: string;
  product: FragmentType<typeof DownloadPanelProduct>;
}) {
  const p = getFragmentData(DownloadPanelProduct, product);
  const editions = p.versions.flatMap((v) => v.editions.filter((e) => e.files.length > 0));
  return (
    <div className="download-panel" id={id}>
      <h4>Files</h4>
      <ul>
        {editions.map((edition) => (
          <EditionDownload key={edition.sku} edition={edition} />
        ))}
      </ul>
    </div>
  );
}

type Edition = DownloadPanel_ProductFragment['versions'][number]['editions'][number];

function EditionDownload({ edition }: { edition: Edition }) {
  const files = orderFiles(edition.files, navigator.language);
  const [choice, setChoice] = useState(fileKey(files[0]!));
  const [request, { loading }] = useMutation(RequestDownload);
  const [started, setStarted] = useState<{ url: string; fileName: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const selectId = `files-${edition.sku}`;

  const download = async () => {
    setProblem(null);
    setStarted(null);
    try {
      const { data } = await request({ variables: { input: { sku: edition.sku, ...parseFileKey(choice) } } });
      const link = data!.requestDownload;
      setStarted(link);
      startDownload(link.url, link.fileName);
    } catch (e) {
      setProblem(apiProblem(e).message);
    }
  };

  return (
    <li className="edition-download">
      <label htmlFor={selectId}>
        <span className="visually-hidden">Files for </span>
        {edition.displayName}
      </label>
      <div className="download-row">
        <select id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)}>
          {files.map((f) => (
            <option key={fileKey(f)} value={fileKey(f)}>
              {languageName(f.language)} · {f.os} · {formatSize(f.sizeBytes)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button primary small"
          disabled={loading}
          aria-label={`Download ${edition.displayName}`}
          onClick={() => void download()}
        >
          {loading ? 'Preparing…' : 'Download'}
        </button>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {started && (
        <p className="hint" role="status">
          Your download of {started.fileName} has started. If it did not,{' '}
          <a href={started.url} download={started.fileName}>
            download {started.fileName}
          </a>{' '}
          (the link works for 5 minutes).
        </p>
      )}
    </li>
  );
}
