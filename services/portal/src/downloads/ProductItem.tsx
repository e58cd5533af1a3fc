import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { ErrorState, Loading } from '../ui/states.tsx';
import { DownloadPanel } from './DownloadPanel.tsx';
import { languageName } from './files.ts';

const ProductItemProduct = graphql(`
  fragment ProductItem_product on CatalogProduct {
    id
    name
    family
    description
  }
`);

/**
 * Versions, editions and files are asked for one product when its details or downloads are opened:
 * the whole catalog with every file would cost more than the gateway allows (GW-3) for a list most
 * people only glance at.
 */
const ProductDetailsQuery = graphql(`
  query ProductDetails($id: ID!) {
    catalogProduct(id: $id) {
      id
      versions {
        version
        editions {
          edition
          files {
            language
            os
          }
        }
      }
      ...DownloadPanel_product
    }
  }
`);

/**
 * One product of the list: its description, "More details" (versions, editions, languages and operating
 * systems) and, for roles that may download (INV-5), the Download button with the Files choice.
 */
export function ProductItem({
  product,
  mayDownload,
}: {
  product: FragmentType<typeof ProductItemProduct>;
  mayDownload: boolean;
}) {
  const p = getFragmentData(ProductItemProduct, product);
  const [details, setDetails] = useState(false);
  const [download, setDownload] = useState(false);
  const { data, error, loading } = useQuery(ProductDetailsQuery, {
    variables: { id: p.id },
    skip: !details && !download,
  });
  const full = data?.catalogProduct;
  const headingId = `product-${p.id}`;
  return (
    <li>
      <article className="product" aria-labelledby={headingId}>
        <div className="product-heading">
          <h3 id={headingId}>{p.name}</h3>
          {mayDownload && (
            <button
              type="button"
              className="button secondary small"
              aria-expanded={download}
              aria-controls={`${headingId}-download`}
              aria-label={`Download ${p.name}`}
              onClick={() => setDownload((v) => !v)}
            >
              <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
                <path
                  d="M12 3v12m0 0l-5-5m5 5l5-5M4 20h16"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2.25"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                />
              </svg>
              Download
            </button>
          )}
        </div>
        <p className="subtle">{p.family}</p>
        <p className="product-description">
          {p.description}{' '}
          <button
            type="button"
            className="link-button inline"
            aria-expanded={details}
            aria-controls={`${headingId}-details`}
            onClick={() => setDetails((v) => !v)}
          >
            {details ? 'Fewer details' : 'More details'}
            <span className="visually-hidden"> about {p.name}</span>
          </button>
        </p>
        {(details || download) && error && <ErrorState error={error} />}
        {(details || download) && loading && <Loading what={`the details of ${p.name}`} />}
        {details && full && (
          <dl className="details product-details" id={`${headingId}-details`}>
            {full.versions.map((v) => (
              <div key={v.version}>
                <dt>Version {v.version}</dt>
                {v.editions.map((e) => (
                  <dd key={e.edition}>
                    {e.edition}
                    <span className="subtle">
                      {[...new Set(e.files.map((f) => languageName(f.language)))].join(', ')} ·{' '}
                      {[...new Set(e.files.map((f) => f.os))].join(', ')}
                    </span>
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        )}
        {download && full && <DownloadPanel id={`${headingId}-download`} product={full} />}
      </article>
    </li>
  );
}
