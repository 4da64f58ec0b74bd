import * as React from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import {
  Badge,
  Box,
  Button,
  Flex,
  LinkButton,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import {
  changeSummary,
  editViewPath,
  type OriginChanges,
  type WorklistAnswer,
} from './translator-view';

const PAGE_SIZE = 25;

/*
 * The translator's page (admin menu "Translations"): for the locale the translator works in,
 * the articles still missing in it and the translations whose origin changed, each with what
 * changed and a link to the edit view of that locale. The server decides which locales a user
 * may see (GET /translators/worklist); the locale picker only offers those.
 */
export default function TranslatorPage() {
  const { get } = useFetchClient();
  const [locale, setLocale] = React.useState<string | null>(null);
  const [page, setPage] = React.useState(1);
  const [answer, setAnswer] = React.useState<WorklistAnswer | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    let cancelled = false;
    const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
    if (locale) query.set('locale', locale);
    get<WorklistAnswer>(`/translators/worklist?${query.toString()}`)
      .then((response) => {
        if (cancelled) return;
        setAnswer(response.data);
        setError(null);
      })
      .catch((reason: unknown) => {
        if (!cancelled) setError(errorMessage(reason));
      });
    return () => {
      cancelled = true;
    };
  }, [get, locale, page]);

  const data = answer?.data;
  const pagination = answer?.meta.pagination;
  return (
    <Page.Main>
      <Page.Title>Translations</Page.Title>
      <Layouts.Header
        title="Translations"
        subtitle={
          data
            ? `${data.locale}: ${data.translated} of ${data.total} articles translated`
            : 'Missing and outdated translations'
        }
        primaryAction={
          data && data.locales.length > 1 ? (
            <Box minWidth="16rem">
              <SingleSelect
                aria-label="Locale"
                value={data.locale}
                onChange={(value) => {
                  setLocale(String(value));
                  setPage(1);
                }}
              >
                {data.locales.map((code) => (
                  <SingleSelectOption key={code} value={code}>
                    {code}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Box>
          ) : undefined
        }
      />
      <Layouts.Content>
        {error ? (
          <Typography textColor="danger600" data-testid="translator-page-error">
            {error}
          </Typography>
        ) : !data || !pagination ? (
          <Page.Loading />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={8}>
            <OutdatedList data={data} total={pagination.outdated.total} />
            <MissingList data={data} total={pagination.missing.total} />
            {pagination.pageCount > 1 && (
              <Flex gap={2} justifyContent="center">
                <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                  Previous
                </Button>
                <Typography>
                  Page {page} of {pagination.pageCount}
                </Typography>
                <Button
                  variant="tertiary"
                  disabled={page >= pagination.pageCount}
                  onClick={() => setPage(page + 1)}
                >
                  Next
                </Button>
              </Flex>
            )}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}

type Data = WorklistAnswer['data'];

function OutdatedList({ data, total }: { data: Data; total: number }) {
  return (
    <Box data-testid="translator-outdated">
      <Typography variant="beta" tag="h2">
        Outdated in {data.locale} ({total})
      </Typography>
      <Typography variant="omega" textColor="neutral600" tag="p">
        The origin changed since the translation was saved. Saving the translation marks it current
        again.
      </Typography>
      {data.outdated.length === 0 ? (
        <Typography tag="p">Nothing is out of date.</Typography>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={4} paddingTop={4}>
          {data.outdated.map((item) => (
            <Box
              key={item.documentId}
              background="neutral0"
              hasRadius
              shadow="tableShadow"
              padding={5}
              data-testid="translator-outdated-item"
              data-document-id={item.documentId}
            >
              <Flex justifyContent="space-between" alignItems="flex-start" gap={4}>
                <Box>
                  <Typography variant="delta" tag="h3">
                    {item.title}
                  </Typography>
                  <Typography variant="pi" textColor="neutral600">
                    From {item.origin.locale}
                    {item.origin.title ? `: ${item.origin.title}` : ''}
                    {item.changedAt
                      ? ` · changed ${new Date(item.changedAt).toLocaleString()}`
                      : ''}
                  </Typography>
                </Box>
                <LinkButton
                  tag={RouterLink}
                  to={editViewPath(item.documentId, data.locale)}
                  variant="secondary"
                  size="S"
                >
                  Edit the {data.locale} translation
                </LinkButton>
              </Flex>
              {item.changes ? (
                <Changes changes={item.changes} />
              ) : (
                <Typography variant="pi" tag="p" textColor="neutral600">
                  {item.unknownBecause}
                </Typography>
              )}
            </Box>
          ))}
        </Flex>
      )}
    </Box>
  );
}

function Changes({ changes }: { changes: OriginChanges }) {
  return (
    <Box paddingTop={3}>
      <Flex gap={2} wrap="wrap">
        {changeSummary(changes).map((line) => (
          <Badge key={line}>{line}</Badge>
        ))}
      </Flex>
      <Box tag="dl" paddingTop={3}>
        {changes.fields.map((change) => (
          <Before
            key={change.field}
            label={change.field}
            before={change.before}
            after={change.after}
          />
        ))}
        {changes.paragraphs.map((change) => (
          <Before
            key={`${change.change}-${'was' in change ? change.was : ''}-${'now' in change ? change.now : ''}`}
            label={
              change.change === 'removed' ? `paragraph ${change.was}` : `paragraph ${change.now}`
            }
            before={'before' in change ? change.before : null}
            after={'after' in change ? change.after : null}
          />
        ))}
        {changes.correctionsAdded.map((note) => (
          <Before key={note} label="correction" before={null} after={note} />
        ))}
      </Box>
    </Box>
  );
}

function Before(props: { label: string; before: string | null; after: string | null }) {
  return (
    <Box paddingBottom={2}>
      <Typography variant="sigma" tag="dt" textColor="neutral600">
        {props.label}
      </Typography>
      <Box tag="dd" margin={0}>
        {props.before !== null && (
          <Typography tag="p" textColor="danger600" style={{ textDecoration: 'line-through' }}>
            {props.before || '(empty)'}
          </Typography>
        )}
        {props.after !== null && (
          <Typography tag="p" textColor="success600">
            {props.after || '(empty)'}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

function MissingList({ data, total }: { data: Data; total: number }) {
  return (
    <Box data-testid="translator-missing">
      <Typography variant="beta" tag="h2">
        Missing in {data.locale} ({total})
      </Typography>
      <Typography variant="omega" textColor="neutral600" tag="p">
        The link opens a new {data.locale} version; use “Fill in from another locale” with the
        origin shown here to start from its text. It is recorded as a human translation from that
        locale.
      </Typography>
      {data.missing.length === 0 ? (
        <Typography tag="p">Every article has a {data.locale} version.</Typography>
      ) : (
        <Box paddingTop={4}>
          <Table colCount={3} rowCount={data.missing.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">Title</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">Translate from</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">Action</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {data.missing.map((item) => (
                <Tr key={item.documentId} data-testid="translator-missing-item">
                  <Td>
                    <Typography>{item.origin?.title ?? item.documentId}</Typography>
                  </Td>
                  <Td>
                    <Typography>{item.origin?.locale ?? '—'}</Typography>
                  </Td>
                  <Td>
                    <LinkButton
                      tag={RouterLink}
                      to={editViewPath(item.documentId, data.locale)}
                      variant="secondary"
                      size="S"
                    >
                      Translate into {data.locale}
                    </LinkButton>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Box>
      )}
    </Box>
  );
}

function errorMessage(reason: unknown): string {
  const body = (reason as { response?: { data?: { error?: { message?: string } } } })?.response
    ?.data?.error?.message;
  if (body) return body;
  return reason instanceof Error ? reason.message : String(reason);
}
