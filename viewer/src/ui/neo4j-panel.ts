import type { KnowledgeGraph } from '../../../src/graph/model.ts';
import type { Snapshot } from '../../../src/schema/index.ts';
import type { QueryInfo, QueryRequest } from '../../shared/api.ts';
import { byId, el } from '../dom.ts';
import type { Neo4jSource } from '../source.ts';
import { resultTable } from './result-table.ts';

export type MergeMode = 'merge' | 'replace';

/** What the panel needs of the app: the data graph, and the step that merges a fragment into it. */
export interface FragmentSink {
  readonly data: KnowledgeGraph;
  applyFragment(fragment: Snapshot, mode: MergeMode): { nodes: number; edges: number };
  select(key: string): void;
  /** Zooms out to the whole graph. */
  fitView(): void;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "name=value" lines (the Cypher text's parameters); blank lines and lines without "=" are skipped. */
export function parseParamLines(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) params[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return params;
}

/**
 * The Neo4j drawer: a named query of cypher/queries with its parameters, or read-only Cypher text;
 * the answer's rows as a table and its graph merged into (or replacing) the view. Also expands nodes.
 * #neo4j[data-state] says idle, running, done or error (tests wait on it).
 */
export class Neo4jPanel {
  private readonly root = byId('neo4j');
  private readonly status = byId('neo4j-status');
  private readonly select = byId<HTMLSelectElement>('neo4j-query');
  private readonly params = byId('neo4j-params');
  private readonly cypher = byId<HTMLTextAreaElement>('neo4j-cypher');
  private readonly cypherParams = byId<HTMLTextAreaElement>('neo4j-cypher-params');
  private readonly results = byId('neo4j-results');
  private queries: QueryInfo[] = [];

  constructor(
    private readonly source: Neo4jSource,
    private readonly app: FragmentSink,
  ) {
    this.root.hidden = false;
    byId('neo4j-database').textContent = `database ${source.database}`;
    const toggle = byId<HTMLButtonElement>('neo4j-toggle');
    const body = byId('neo4j-body');
    toggle.addEventListener('click', () => {
      body.hidden = !body.hidden;
      toggle.setAttribute('aria-expanded', String(!body.hidden));
    });
    this.select.addEventListener('change', () => this.renderForm());
    byId<HTMLFormElement>('neo4j-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    this.cypher.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void this.run();
    });
    this.renderForm();
    void this.busy(async () => {
      this.queries = await source.queries();
      this.select.append(...this.queries.map((q) => el('option', { text: q.name, attrs: { value: q.name } })));
      return `${plural(this.queries.length, 'named query')} in cypher/queries`;
    });
  }

  private current(): QueryInfo | undefined {
    return this.queries.find((q) => q.name === this.select.value);
  }

  /** A named query shows its description and one field per parameter; Cypher shows the text boxes. */
  private renderForm(): void {
    const query = this.current();
    this.cypher.hidden = this.cypherParams.hidden = query !== undefined;
    byId('neo4j-description').textContent = query?.description ?? 'Read-only Cypher: nodes, relationships and paths it returns join the graph; other values fill the table. Values as $name, given below as name=value.';
    this.params.replaceChildren(
      ...(query?.params ?? []).map((p) => {
        const input = el('input', { title: p.description, attrs: { type: 'text', 'data-param': p.name, placeholder: p.default === undefined ? p.type : `${p.type}, default ${p.default}`, spellcheck: 'false' } });
        return el('label', { class: 'param' }, el('span', { text: p.name, title: p.description }), input);
      }),
    );
  }

  private request(): QueryRequest {
    const query = this.current();
    if (!query) return { cypher: this.cypher.value, params: parseParamLines(this.cypherParams.value) };
    const params: Record<string, string> = {};
    // An empty field is a parameter not given: the query's default applies.
    for (const input of Array.from(this.params.querySelectorAll<HTMLInputElement>('input[data-param]'))) {
      if (input.value.trim() !== '') params[input.dataset.param ?? ''] = input.value.trim();
    }
    return { name: query.name, params };
  }

  async run(): Promise<void> {
    const mode = byId<HTMLSelectElement>('neo4j-mode').value === 'replace' ? 'replace' : 'merge';
    const request = this.request();
    await this.busy(async () => {
      const result = await this.source.runQuery(request);
      const added = this.app.applyFragment(result.graph, mode);
      // A query's answer may land anywhere: show the whole graph (an expansion keeps the camera on its node).
      this.app.fitView();
      const rows = `${plural(result.rows.length, 'row')}${result.rowsTruncated ? ' (the first ones only)' : ''}`;
      const graph =
        mode === 'replace'
          ? `graph replaced: ${plural(result.graph.nodes.length, 'node')}, ${plural(result.graph.edges.length, 'edge')}`
          : `graph: +${plural(added.nodes, 'node')}, +${plural(added.edges, 'edge')} (${result.graph.nodes.length} returned)`;
      this.results.replaceChildren(
        result.keys.length > 0 ? resultTable(result.keys, result.rows, this.app.data, (key) => this.app.select(key)) : el('p', { class: 'muted', text: 'No columns.' }),
      );
      return `${rows} · ${graph}${result.graphTruncated ? ' — cut to the first nodes' : ''}`;
    });
  }

  /** A node's neighbours from the database, merged into the view (double-click, or the panel's button). */
  async expand(key: string): Promise<void> {
    const name = this.app.data.hasNode(key) ? this.app.data.getNodeAttribute(key, 'name') : key;
    await this.busy(async () => {
      const result = await this.source.expand(key);
      const added = this.app.applyFragment(result.graph, 'merge');
      const shown = result.truncated ? ' (not all shown)' : '';
      return `${name}: ${plural(result.total, 'relationship')} in Neo4j${shown} · graph: +${plural(added.nodes, 'node')}, +${plural(added.edges, 'edge')}`;
    });
  }

  /** One request at a time from the user's point of view: the state and message say where it is. */
  private async busy(work: () => Promise<string>): Promise<void> {
    const button = byId<HTMLButtonElement>('neo4j-run');
    button.disabled = true;
    this.root.dataset.state = 'running';
    this.status.classList.remove('error');
    this.status.textContent = 'Running…';
    try {
      this.status.textContent = await work();
      this.root.dataset.state = 'done';
    } catch (error) {
      this.status.textContent = (error as Error).message;
      this.status.classList.add('error');
      this.root.dataset.state = 'error';
    } finally {
      button.disabled = false;
    }
  }
}
