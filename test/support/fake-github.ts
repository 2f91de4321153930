// A real HTTP server on 127.0.0.1 that plays the GitHub REST API for issue comments and pull requests, checking every request (and its own answers) against GitHub's published OpenAPI description.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;

interface Operation {
  parameters?: { $ref?: string; name?: string; in?: string; required?: boolean; schema?: Schema }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
}

interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Operation["parameters"] & object>; responses: Record<string, { content?: Record<string, { schema?: Schema }> }> };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** The OpenAPI path template it matched, e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  route?: string;
}

export interface StoredIssue {
  number: number;
  owner: string;
  repo: string;
  title: string;
  body: string;
  state: "open" | "closed";
  login: string;
  userType: "Bot" | "User";
  createdAt: string;
  updatedAt: string;
}

export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  userType: "Bot" | "User";
  login: string;
  createdAt: string;
  updatedAt: string;
}


/** A scripted answer: the next `times` requests matching method and path get this status instead. */
export interface FaultRule {
  method?: string;
  path: RegExp;
  status: number;
  times?: number;
  message?: string;
  headers?: Record<string, string>;
  /** Carry the request out, then answer with the fault: a write that landed but whose answer got lost. */
  applied?: boolean;
}

export interface FakeGitHub {
  /** Base URL to put in `GITHUB_API_URL`. */
  url: string;
  requests: RecordedRequest[];
  /** Every way a request (or this fake's own answer) broke the OpenAPI description; a test expects none. */
  violations: string[];
  comments: Map<number, StoredComment>;
  /** Issues (not pull requests), by number; the history analysis opens and updates one. */
  issues: Map<number, StoredIssue>;
  addIssue(i: { owner: string; repo: string; title: string; body: string; state?: "open" | "closed"; login?: string; userType?: "Bot" | "User" }): StoredIssue;
  fail(rule: FaultRule): void;
  addComment(c: { owner: string; repo: string; issueNumber: number; body: string; userType?: "Bot" | "User"; login?: string }): StoredComment;
  /** Serves a pull request, given as the `pull_request` object of a webhook payload (a superset of the REST shape). */
  addPullRequest(owner: string, repo: string, pullRequest: Record<string, unknown>): void;
  commentsOn(owner: string, repo: string, issueNumber: number): StoredComment[];
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);
let specCache: { spec: Spec; ajv: Ajv; routes: Route[] } | undefined;

interface Route {
  template: string;
  regex: RegExp;
  names: string[];
  literal: number;
}

/** Loads the description once per test process: 13 MB of JSON is worth parsing only once. */
function loadSpec(): { spec: Spec; ajv: Ajv; routes: Route[] } {
  if (specCache) return specCache;
  const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
  const spec = JSON.parse(readFileSync(file, "utf8")) as Spec;
  // OpenAPI 3.0 schemas carry `nullable`, `example`, `x-github`... keep Ajv to validation, not to schema policing.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, validateSchema: false });
  ajv.addSchema({ components: typedNullable(spec.components) }, "api");
  const routes = Object.keys(spec.paths).map((template) => {
    const names: string[] = [];
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{([^}]+)\}/g, (_m, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    return { template, regex: new RegExp(`^${pattern}$`), names, literal: template.replace(/\{[^}]+\}/g, "").length };
  });
  routes.sort((a, b) => b.literal - a.literal);
  specCache = { spec, ajv, routes };
  return specCache;
}

/** OpenAPI 3.0's `nullable` beside `allOf`/`$ref` with no `type` (the issue schema has it), which Ajv refuses: "this, or null". */
function typedNullable(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(typedNullable);
  if (!schema || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === "properties" || k === "examples" || k === "example" ? (k === "properties" ? mapValues(v, typedNullable) : v) : typedNullable(v);
  if ("nullable" in out && !("type" in out)) {
    const { nullable, ...rest } = out;
    return nullable === true ? { anyOf: [rest, { type: "null" }] } : rest;
  }
  return out;
}

function mapValues(value: unknown, fn: (v: unknown) => unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fn(v)]));
}

/** `#/components/...` inside a sub-schema must resolve against the whole description, registered as `api`. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema && typeof schema === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(schema)) out[k] = k === "$ref" && typeof v === "string" && v.startsWith("#/") ? `api${v}` : rebase(v);
    return out;
  }
  return schema;
}

const compiled = new Map<string, ValidateFunction>();
function validator(key: string, schema: Schema, closed = false): ValidateFunction {
  let fn = compiled.get(key);
  if (!fn) {
    const s = rebase(typedNullable(schema)) as Schema;
    // Stricter than GitHub, on purpose: GitHub ignores unknown body fields, so a typo (`bdy`) would pass silently.
    if (closed && s.type === "object" && s.properties && s.additionalProperties === undefined) s.additionalProperties = false;
    fn = loadSpec().ajv.compile(s);
    compiled.set(key, fn);
  }
  return fn;
}

function resolveParam(spec: Spec, p: NonNullable<Operation["parameters"]>[number]): { name: string; in: string; required?: boolean; schema?: Schema } {
  if (p.$ref) {
    const name = p.$ref.replace("#/components/parameters/", "");
    return spec.components.parameters[name] as unknown as { name: string; in: string; required?: boolean; schema?: Schema };
  }
  return p as { name: string; in: string; required?: boolean; schema?: Schema };
}

function checkValue(value: string, schema: Schema | undefined): boolean {
  if (!schema) return true;
  if (schema.type === "integer") return /^-?\d+$/.test(value);
  if (schema.type === "boolean") return value === "true" || value === "false";
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).includes(value);
  return true;
}

/**
 * Starts the server. `token` is what every request must carry in its Authorization header. Without
 * `user` the token is an installation token like GITHUB_TOKEN: `GET /user` answers 403 and comments
 * are written by `github-actions[bot]` (or `login`); with `user` it is that person's token.
 */
export async function startFakeGitHub(options: { token: string; login?: string; user?: string }): Promise<FakeGitHub> {
  const { spec, routes } = loadSpec();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const comments = new Map<number, StoredComment>();
  const issues = new Map<number, StoredIssue>();
  let nextIssue = 1;
  const pulls: { owner: string; repo: string; pr: Record<string, unknown> }[] = [];
  const faults: (FaultRule & { left: number })[] = [];
  let nextId = 1000;
  let baseUrl = "";

  const user = (login: string, type: "Bot" | "User") => ({
    login,
    id: login.length * 1000 + 7,
    node_id: "MDQ6VXNlcjE=",
    avatar_url: "https://avatars.githubusercontent.com/u/1?v=4",
    gravatar_id: "",
    url: `https://api.github.com/users/${login}`,
    html_url: `https://github.com/${login}`,
    followers_url: `https://api.github.com/users/${login}/followers`,
    following_url: `https://api.github.com/users/${login}/following{/other_user}`,
    gists_url: `https://api.github.com/users/${login}/gists{/gist_id}`,
    starred_url: `https://api.github.com/users/${login}/starred{/owner}{/repo}`,
    subscriptions_url: `https://api.github.com/users/${login}/subscriptions`,
    organizations_url: `https://api.github.com/users/${login}/orgs`,
    repos_url: `https://api.github.com/users/${login}/repos`,
    events_url: `https://api.github.com/users/${login}/events{/privacy}`,
    received_events_url: `https://api.github.com/users/${login}/received_events`,
    type,
    site_admin: false,
  });

  const commentJson = (c: StoredComment) => ({
    id: c.id,
    node_id: Buffer.from(`IssueComment${c.id}`).toString("base64"),
    url: `${baseUrl}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${c.owner}/${c.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: user(c.login, c.userType),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${baseUrl}/repos/${c.owner}/${c.repo}/issues/${c.issueNumber}`,
    author_association: c.userType === "Bot" ? "NONE" : "MEMBER",
  });

  const addComment: FakeGitHub["addComment"] = (c) => {
    const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
    const stored: StoredComment = {
      id: nextId++,
      owner: c.owner,
      repo: c.repo,
      issueNumber: c.issueNumber,
      body: c.body,
      userType: c.userType ?? "User",
      login: c.login ?? (c.userType === "Bot" ? "github-actions[bot]" : "octocat"),
      createdAt: now,
      updatedAt: now,
    };
    comments.set(stored.id, stored);
    return stored;
  };

  const stamp = () => new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const addIssue: FakeGitHub["addIssue"] = (i) => {
    const now = stamp();
    const stored: StoredIssue = { number: nextIssue++, owner: i.owner, repo: i.repo, title: i.title, body: i.body, state: i.state ?? "open", login: i.login ?? (i.userType === "User" ? "octocat" : "github-actions[bot]"), userType: i.userType ?? "Bot", createdAt: now, updatedAt: now };
    issues.set(stored.number, stored);
    return stored;
  };
  const issueJson = (i: StoredIssue) => {
    const url = `${baseUrl}/repos/${i.owner}/${i.repo}/issues/${i.number}`;
    return {
      id: 5000 + i.number,
      node_id: Buffer.from(`Issue${i.number}`).toString("base64"),
      url,
      repository_url: `${baseUrl}/repos/${i.owner}/${i.repo}`,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `https://github.com/${i.owner}/${i.repo}/issues/${i.number}`,
      number: i.number,
      state: i.state,
      title: i.title,
      body: i.body,
      user: user(i.login, i.userType),
      labels: [],
      assignee: null,
      milestone: null,
      locked: false,
      comments: 0,
      closed_at: i.state === "closed" ? i.updatedAt : null,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      author_association: i.userType === "Bot" ? "NONE" : "OWNER",
    };
  };

  type Answer = { status: number; body?: Json; headers?: Record<string, string> };
  const error = (status: number, message: string): Answer => ({
    status,
    body: { message, documentation_url: "https://docs.github.com/rest", status: String(status) },
  });

  function handle(route: string, params: Record<string, string>, query: Record<string, string>, method: string, body: Record<string, unknown>): Answer {
    const owner = params.owner ?? "";
    const repo = params.repo ?? "";
    const key = `${method} ${route}`;
    switch (key) {
      case "GET /repos/{owner}/{repo}/issues/{issue_number}/comments": {
        const all = [...comments.values()].filter((c) => c.owner === owner && c.repo === repo && c.issueNumber === Number(params.issue_number));
        const perPage = Math.min(100, Number(query.per_page ?? 30));
        const page = Number(query.page ?? 1);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) {
          headers.link = `<${baseUrl}/repos/${owner}/${repo}/issues/${params.issue_number}/comments?per_page=${perPage}&page=${page + 1}>; rel="next"`;
        }
        return { status: 200, body: slice.map(commentJson) as Json, headers };
      }
      case "POST /repos/{owner}/{repo}/issues/{issue_number}/comments": {
        const c = addComment({
          owner,
          repo,
          issueNumber: Number(params.issue_number),
          body: String(body.body),
          userType: options.user ? "User" : "Bot",
          login: options.login ?? options.user ?? "github-actions[bot]",
        });
        return { status: 201, body: commentJson(c) as Json, headers: { location: commentJson(c).url } };
      }
      case "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}": {
        const c = comments.get(Number(params.comment_id));
        if (!c || c.owner !== owner || c.repo !== repo) return error(404, "Not Found");
        c.body = String(body.body);
        c.updatedAt = new Date().toISOString().replace(/\.\d+Z$/, "Z");
        return { status: 200, body: commentJson(c) as Json };
      }
      case "GET /repos/{owner}/{repo}/pulls": {
        const state = query.state ?? "open";
        const list = pulls
          .filter((p) => p.owner === owner && p.repo === repo)
          .map((p) => p.pr as { state?: string; head?: { ref?: string; user?: { login?: string } } })
          .filter((pr) => state === "all" || pr.state === state)
          .filter((pr) => !query.head || query.head === `${pr.head?.user?.login}:${pr.head?.ref}`)
          // Webhook payloads predate `auto_merge` in some examples; the REST list always has it.
          .map((pr) => ({ auto_merge: null, ...pr }));
        return { status: 200, body: list as Json };
      }
      case "GET /repos/{owner}/{repo}/issues": {
        const state = query.state ?? "open";
        const all = [...issues.values()].filter((i) => i.owner === owner && i.repo === repo && (state === "all" || i.state === state)).sort((a, b) => b.number - a.number);
        const perPage = Math.min(100, Number(query.per_page ?? 30));
        const page = Number(query.page ?? 1);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) headers.link = `<${baseUrl}/repos/${owner}/${repo}/issues?state=${state}&per_page=${perPage}&page=${page + 1}>; rel="next"`;
        return { status: 200, body: all.slice((page - 1) * perPage, page * perPage).map(issueJson) as Json, headers };
      }
      case "POST /repos/{owner}/{repo}/issues": {
        const i = addIssue({ owner, repo, title: String(body.title), body: String(body.body ?? ""), userType: options.user ? "User" : "Bot", login: options.login ?? options.user ?? "github-actions[bot]" });
        return { status: 201, body: issueJson(i) as Json, headers: { location: issueJson(i).url } };
      }
      case "PATCH /repos/{owner}/{repo}/issues/{issue_number}": {
        const i = issues.get(Number(params.issue_number));
        if (!i || i.owner !== owner || i.repo !== repo) return error(404, "Not Found");
        if (typeof body.body === "string") i.body = body.body;
        if (typeof body.title === "string") i.title = body.title;
        if (body.state === "open" || body.state === "closed") i.state = body.state;
        i.updatedAt = stamp();
        return { status: 200, body: issueJson(i) as Json };
      }
      case "GET /user": {
        if (!options.user) return error(403, "Resource not accessible by integration");
        const profile = { bio: null, blog: "", company: null, email: null, followers: 0, following: 0, hireable: null, location: null, name: null, public_gists: 0, public_repos: 0 };
        return { status: 200, body: { ...user(options.user, "User"), ...profile, created_at: "2020-01-01T00:00:00Z", updated_at: "2020-01-01T00:00:00Z" } as Json };
      }
      case "GET /repos/{owner}/{repo}/issues/comments/{comment_id}": {
        const c = comments.get(Number(params.comment_id));
        return c ? { status: 200, body: commentJson(c) as Json } : error(404, "Not Found");
      }
      case "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}": {
        return comments.delete(Number(params.comment_id)) ? { status: 204 } : error(404, "Not Found");
      }
      default:
        violations.push(`${method} ${route}: valid GitHub endpoint, but this fake does not play it`);
        return error(501, "not played by the fake");
    }
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = (req.method ?? "GET").toUpperCase();
    const query = Object.fromEntries(url.searchParams.entries());
    const record: RecordedRequest = { method, path: url.pathname, query, body: undefined, status: 0 };
    requests.push(record);
    const send = (answer: Answer) => {
      record.status = answer.status;
      const headers: Record<string, string> = { "x-github-api-version-selected": "2022-11-28", ...answer.headers };
      if (answer.body === undefined) {
        res.writeHead(answer.status, headers).end();
      } else {
        res.writeHead(answer.status, { "content-type": "application/json; charset=utf-8", ...headers }).end(JSON.stringify(answer.body));
      }
    };

    const route = routes.find((r) => r.regex.test(url.pathname));
    if (!route) {
      violations.push(`${method} ${url.pathname}: no such path in GitHub's REST API`);
      return send(error(404, "Not Found"));
    }
    record.route = route.template;
    const op = spec.paths[route.template]?.[method.toLowerCase()];
    if (!op) {
      violations.push(`${method} ${route.template}: GitHub has no ${method} here`);
      return send(error(404, "Not Found"));
    }
    const match = route.regex.exec(url.pathname)!;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1]!)));

    const declared = (op.parameters ?? []).map((p) => resolveParam(spec, p));
    for (const p of declared) {
      const value = p.in === "path" ? params[p.name] : p.in === "query" ? query[p.name] : undefined;
      if (p.in === "query" && p.required && value === undefined) violations.push(`${method} ${route.template}: missing required query ${p.name}`);
      if (value !== undefined && !checkValue(value, p.schema)) violations.push(`${method} ${route.template}: ${p.in} parameter ${p.name}="${value}" does not match ${JSON.stringify(p.schema)}`);
    }
    for (const name of Object.keys(query)) {
      if (!declared.some((p) => p.in === "query" && p.name === name)) violations.push(`${method} ${route.template}: unknown query parameter ${name}`);
    }

    const auth = req.headers.authorization ?? "";
    if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
      violations.push(`${method} ${route.template}: missing or wrong Authorization header`);
      return send(error(401, "Bad credentials"));
    }

    let body: Record<string, unknown> = {};
    const jsonSchema = op.requestBody?.content?.["application/json"]?.schema;
    if (raw !== "") {
      if (!jsonSchema) violations.push(`${method} ${route.template}: sent a body, but this endpoint takes none`);
      if (!String(req.headers["content-type"] ?? "").startsWith("application/json")) violations.push(`${method} ${route.template}: body without content-type application/json`);
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
        record.body = body;
      } catch {
        violations.push(`${method} ${route.template}: body is not JSON`);
        return send(error(400, "Problems parsing JSON"));
      }
    } else if (op.requestBody?.required) {
      violations.push(`${method} ${route.template}: the request body is required`);
      return send(error(400, "Body required"));
    }
    if (jsonSchema && raw !== "") {
      const validate = validator(`req ${method} ${route.template}`, jsonSchema, true);
      if (!validate(body)) {
        violations.push(`${method} ${route.template}: body ${JSON.stringify(body).slice(0, 200)} breaks the schema: ${JSON.stringify(validate.errors)}`);
        return send(error(422, "Invalid request"));
      }
    }

    const fault = faults.find((f) => f.left > 0 && f.path.test(url.pathname) && (!f.method || f.method === method));
    if (fault) {
      fault.left--;
      if (fault.applied) handle(route.template, params, query, method, body);
      const answer = error(fault.status, fault.message ?? (fault.status === 403 ? "Resource not accessible by integration" : "Server Error"));
      if (fault.headers) answer.headers = fault.headers;
      return send(answer);
    }

    const answer = handle(route.template, params, query, method, body);
    const declaredResponse = op.responses?.[String(answer.status)];
    const resolved = declaredResponse?.$ref ? spec.components.responses[declaredResponse.$ref.replace("#/components/responses/", "")] : declaredResponse;
    if (!declaredResponse && answer.status !== 501) violations.push(`fake answered ${method} ${route.template} with ${answer.status}, which GitHub does not document`);
    const responseSchema = resolved?.content?.["application/json"]?.schema;
    if (responseSchema && answer.body !== undefined) {
      const validate = validator(`res ${answer.status} ${method} ${route.template}`, responseSchema);
      if (!validate(answer.body)) violations.push(`fake's own ${answer.status} answer to ${method} ${route.template} breaks the schema: ${JSON.stringify(validate.errors).slice(0, 400)}`);
    }
    send(answer);
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      violations.push(`fake crashed: ${String(err)}`);
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    requests,
    violations,
    comments,
    issues,
    addIssue,
    fail: (rule) => faults.push({ ...rule, left: rule.times ?? 1 }),
    addComment,
    addPullRequest: (owner, repo, pr) => pulls.push({ owner, repo, pr }),
    commentsOn: (owner, repo, issueNumber) => [...comments.values()].filter((c) => c.owner === owner && c.repo === repo && c.issueNumber === issueNumber),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
