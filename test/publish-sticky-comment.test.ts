// The sticky PR comment and the retrying GitHub client against a real HTTP server that checks each request against GitHub's OpenAPI description.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHubClient, statusOf, type GitHubClient } from "../src/publish/github-client.js";
import { ACTIONS_BOT, findStickyComment, stickyMarker, tokenLogin, upsertStickyComment as upsert } from "../src/publish/sticky-comment.js";
import { startFakeGitHub, type FakeGitHub } from "./support/fake-github.js";

const TOKEN = "ghs_test_token_123";
const target = { owner: "Codertocat", repo: "Hello-World", issueNumber: 2 };
const marker = stickyMarker("CI", "concurrency-guard.yml");
const fast = { author: ACTIONS_BOT, sleep: async () => {} };
/** The comment functions as the action calls them with GITHUB_TOKEN: comments of github-actions[bot] are ours. */
const upsertStickyComment = (c: GitHubClient, t: typeof target, m: string, body: string, options: { create?: boolean } = {}) => upsert(c, t, m, body, { ...fast, ...options });

let gh: FakeGitHub;
let client: GitHubClient;
let log: string[];

beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN });
  log = [];
  client = createGitHubClient({ token: TOKEN, baseUrl: gh.url, log: (m) => log.push(m) });
});

afterEach(async () => {
  await gh.close();
});

describe("sticky comment", () => {
  it("creates the comment once and then updates it in place", async () => {
    const first = await upsertStickyComment(client, target, marker, "first body");
    expect(first.action).toBe("created");
    const second = await upsertStickyComment(client, target, marker, "second body");
    expect(second).toMatchObject({ action: "updated", id: first.action === "created" ? first.id : -1 });
    const comments = gh.commentsOn("Codertocat", "Hello-World", 2);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toBe(`${marker}\nsecond body`);
    expect(second.action !== "skipped" && second.url).toMatch(/^https:\/\/github\.com\/Codertocat\/Hello-World\/pull\/2#issuecomment-\d+$/);
    expect(gh.requests.map((r) => `${r.method} ${r.status}`)).toEqual(["GET 200", "POST 201", "GET 200", "PATCH 200"]);
    expect(gh.violations).toEqual([]);
  });

  it("recreates a comment someone deleted", async () => {
    const first = await upsertStickyComment(client, target, marker, "one");
    if (first.action === "skipped") throw new Error("unexpected skip");
    gh.comments.delete(first.id);
    const again = await upsertStickyComment(client, target, marker, "two");
    expect(again.action).toBe("created");
    expect(gh.commentsOn("Codertocat", "Hello-World", 2).map((c) => c.body)).toEqual([`${marker}\ntwo`]);
    expect(gh.violations).toEqual([]);
  });

  it("creates a new comment when ours vanishes between listing and updating (404 on PATCH)", async () => {
    await upsertStickyComment(client, target, marker, "one");
    gh.fail({ method: "PATCH", path: /\/issues\/comments\/\d+$/, status: 404, message: "Not Found" });
    const again = await upsertStickyComment(client, target, marker, "two");
    expect(again.action).toBe("created");
    expect(gh.requests.filter((r) => r.method === "PATCH").map((r) => r.status)).toEqual([404]);
    expect(gh.violations).toEqual([]);
  });

  it("finds its comment past the first page and ignores comments that only quote the marker", async () => {
    for (let i = 0; i < 120; i++) gh.addComment({ ...target, body: `chatter ${i}` });
    gh.addComment({ ...target, body: `> quoting\n${marker}\nnot ours`, userType: "Bot" });
    const ours = gh.addComment({ ...target, body: `${marker}\nold report`, userType: "Bot" });
    expect(await findStickyComment(client, target, marker, ACTIONS_BOT)).toBe(ours.id);
    const listed = gh.requests.filter((r) => r.method === "GET");
    expect(listed.map((r) => r.query.page ?? "1")).toEqual(["1", "2"]);
    expect(gh.violations).toEqual([]);
  });

  it("updates only a marker comment its own identity wrote: a look-alike by a person or another bot is left alone", async () => {
    const person = gh.addComment({ ...target, body: `${marker}\n### ✅ concurrency-guard: passed (fake)`, userType: "User", login: "mallory" });
    const otherBot = gh.addComment({ ...target, body: `${marker}\nfrom another app`, userType: "Bot", login: "evil-app[bot]" });
    expect(await findStickyComment(client, target, marker, ACTIONS_BOT)).toBeUndefined();
    const result = await upsertStickyComment(client, target, marker, "the real report");
    expect(result.action).toBe("created");
    expect(gh.comments.get(person.id)?.body).toBe(`${marker}\n### ✅ concurrency-guard: passed (fake)`);
    expect(gh.comments.get(otherBot.id)?.body).toBe(`${marker}\nfrom another app`);
    const ours = gh.commentsOn("Codertocat", "Hello-World", 2).filter((c) => c.login === ACTIONS_BOT);
    expect(ours.map((c) => c.body)).toEqual([`${marker}\nthe real report`]);
    // The next run finds the comment it made, not the look-alikes listed before it.
    expect((await upsertStickyComment(client, target, marker, "again")).action).toBe("updated");
    expect(gh.comments.get(person.id)?.body).toContain("(fake)");
    expect(gh.violations).toEqual([]);
  });

  it("knows the token's identity: github-actions[bot] for an installation token, the login for a personal token", async () => {
    expect(await tokenLogin(client)).toBe(ACTIONS_BOT);
    expect(gh.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(["GET /user 403"]);
    const pat = await startFakeGitHub({ token: TOKEN, user: "octo-maintainer" });
    try {
      const patClient = createGitHubClient({ token: TOKEN, baseUrl: pat.url });
      const login = await tokenLogin(patClient);
      expect(login).toBe("octo-maintainer");
      const old = pat.addComment({ ...target, body: `${marker}\nold`, userType: "User", login: "octo-maintainer" });
      pat.addComment({ ...target, body: `${marker}\nbot look-alike`, userType: "Bot" });
      const result = await upsert(patClient, target, marker, "new", { ...fast, author: login });
      expect(result).toMatchObject({ action: "updated", id: old.id });
      expect(pat.violations).toEqual([]);
    } finally {
      await pat.close();
    }
  });

  it("re-lists before posting again when a POST's answer was lost after the comment landed: no duplicate", async () => {
    gh.fail({ method: "POST", path: /\/issues\/2\/comments$/, status: 502, applied: true });
    const result = await upsertStickyComment(client, target, marker, "once");
    expect(result.action).toBe("created");
    const comments = gh.commentsOn("Codertocat", "Hello-World", 2);
    expect(comments.map((c) => c.body)).toEqual([`${marker}\nonce`]);
    expect(gh.requests.filter((r) => r.method === "POST").map((r) => r.status)).toEqual([502]);
    expect(gh.violations).toEqual([]);
  });

  it("keeps one comment per workflow and config", async () => {
    const other = stickyMarker("Nightly", "concurrency-guard.yml");
    expect(other).not.toBe(marker);
    expect(stickyMarker("CI", "bench/concurrency-guard.yml")).not.toBe(marker);
    await upsertStickyComment(client, target, marker, "a");
    await upsertStickyComment(client, target, other, "b");
    expect(gh.commentsOn("Codertocat", "Hello-World", 2)).toHaveLength(2);
  });

  it("keeps a hostile workflow name from closing the marker's HTML comment", () => {
    const m = stickyMarker("x --> <img src=x onerror=alert(1)> @admin", "c.yml");
    expect(m.indexOf("-->")).toBe(m.length - 3);
    expect(m).not.toContain("<img");
  });

  it("with create: false refreshes an existing comment but never starts one", async () => {
    expect(await upsertStickyComment(client, target, marker, "quiet", { create: false })).toEqual({ action: "skipped" });
    expect(gh.commentsOn("Codertocat", "Hello-World", 2)).toHaveLength(0);
    await upsertStickyComment(client, target, marker, "loud");
    expect((await upsertStickyComment(client, target, marker, "quiet again", { create: false })).action).toBe("updated");
  });
});

describe("GitHub client", () => {
  it("retries a 502 and then succeeds", async () => {
    gh.fail({ method: "POST", path: /\/issues\/2\/comments$/, status: 502 });
    const result = await upsertStickyComment(client, target, marker, "after a bad gateway");
    expect(result.action).toBe("created");
    expect(gh.requests.filter((r) => r.method === "POST").map((r) => r.status)).toEqual([502, 201]);
    expect(gh.violations).toEqual([]);
  });

  it("does not retry a 403 from a read-only token and reports its status", async () => {
    gh.fail({ method: "POST", path: /\/comments$/, status: 403, times: 10 });
    const error = await upsertStickyComment(client, target, marker, "x").catch((e: unknown) => e);
    expect(statusOf(error)).toBe(403);
    expect(gh.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("waits out a primary rate limit and retries", async () => {
    const reset = String(Math.ceil(Date.now() / 1000));
    gh.fail({ method: "GET", path: /\/comments$/, status: 403, message: "API rate limit exceeded", headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset } });
    const found = await findStickyComment(client, target, marker, ACTIONS_BOT);
    expect(found).toBeUndefined();
    expect(gh.requests.map((r) => r.status)).toEqual([403, 200]);
    expect(log.join("\n")).toMatch(/rate limit.*retrying/);
  });

  it("gives up after its retries on a lasting outage and surfaces the status", async () => {
    const quick = createGitHubClient({ token: TOKEN, baseUrl: gh.url, retries: 1 });
    gh.fail({ path: /\/comments$/, status: 503, times: 10 });
    const error = await findStickyComment(quick, target, marker, ACTIONS_BOT).catch((e: unknown) => e);
    expect(statusOf(error)).toBe(503);
    expect(gh.requests).toHaveLength(2);
  });
});

describe("fake GitHub server", () => {
  it("flags a request whose body does not match GitHub's schema", async () => {
    const error = await client
      .request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner: "o", repo: "r", issue_number: 1, bdy: "typo" } as never)
      .catch((e: unknown) => e);
    expect(statusOf(error)).toBe(422);
    expect(gh.violations.join("\n")).toMatch(/breaks the schema/);
  });

  it("flags a path GitHub does not have", async () => {
    await client.request("GET /repos/{owner}/{repo}/issue/{n}/comments", { owner: "o", repo: "r", n: 1 }).catch(() => undefined);
    expect(gh.violations.join("\n")).toMatch(/no such path/);
  });

  it("flags a wrong token", async () => {
    const wrong = createGitHubClient({ token: "nope", baseUrl: gh.url });
    const error = await findStickyComment(wrong, target, marker, ACTIONS_BOT).catch((e: unknown) => e);
    expect(statusOf(error)).toBe(401);
  });
});
