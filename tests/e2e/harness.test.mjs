// The harness itself: the seed helper refuses seeds the app would read differently from what the
// test meant (serde drops unknown fields and defaults missing optional ones without a word).
// No browser is needed: a refused seed never reaches the page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkSeeds, seedEntries } from "./harness.mjs";

const AT = Date.UTC(2026, 10, 27, 9);
const supplement = (extra = {}) => ({
  id: "f-1",
  created: AT,
  updated: AT,
  deleted: false,
  at: AT,
  record: {
    type: "supplement",
    at: AT,
    ml: 120,
    milk: "formula",
    method: "bottle",
    after_session: null,
    ...extra,
  },
});
/** A page whose evaluate records that it was called: a refused seed must not get that far. */
const fakePage = () => {
  const page = { evaluated: 0, evaluate: async () => page.evaluated++ };
  return page;
};

test("seedEntries throws on a field the entry types do not have (linked_session) and writes nothing", async () => {
  const page = fakePage();
  await assert.rejects(
    seedEntries(page, [supplement({ linked_session: null })]),
    /unknown field "linked_session"/,
  );
  assert.equal(page.evaluated, 0);
  await seedEntries(page, [supplement()]);
  assert.equal(page.evaluated, 1, "the same seed with the real field name is written");
});

test("checkSeeds refuses a missing required field, an unknown record type or value, and a mismatched at", () => {
  const s = supplement();
  assert.doesNotThrow(() => checkSeeds([s]));
  const { ml: _, ...noMl } = s.record;
  assert.throws(() => checkSeeds([{ ...s, record: noMl }]), /missing field "ml"/);
  assert.throws(() => checkSeeds([{ ...s, created_at: AT }]), /unknown field "created_at"/);
  assert.throws(() => checkSeeds([{ ...s, record: { ...s.record, type: "feed" } }]), /unknown record type/);
  assert.throws(() => checkSeeds([supplement({ milk: "cow" })]), /milk is "cow"/);
  assert.doesNotThrow(() => checkSeeds([supplement({ ml: 66.54 })]), "2.25 oz: millilitres to the hundredth");
  assert.throws(() => checkSeeds([supplement({ ml: 12.345 })]), /not millilitres to the hundredth/);
  assert.throws(() => checkSeeds([supplement({ ml: -5 })]), /not millilitres to the hundredth/);
  assert.throws(() => checkSeeds([{ ...s, at: AT + 1 }]), /not the record's instant/);
  const session = {
    id: "s-1",
    created: AT,
    updated: AT,
    at: AT,
    record: {
      type: "session",
      kind: "pumping",
      start: AT,
      end: AT + 60_000,
      segments: [{ side: "left", start: AT, end: AT + 60_000, paused: false }],
    },
  };
  assert.throws(() => checkSeeds([session]), /segments\[\]: unknown field "paused"/);
});
