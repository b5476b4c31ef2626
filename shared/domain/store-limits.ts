/**
 * Request bounds derived from what one DynamoDB item (400 KB, attribute names included) and one
 * transaction (4 MB) can hold, so anything the schemas accept can be stored – never a 500 from a
 * ValidationException. Worst case counts 3 UTF-8 bytes per UTF-16 unit (a CJK character); a test in
 * functions/store stores exactly the largest request each bound allows.
 *
 * One review = one audit item: 50 comments × (path 8 × 40 ASCII + label ≤ 2 KB + cell 100 × 3 B)
 * ≈ 130 KB, plus at most 40,000 units of text in all ≈ 120 KB: ≈ 250 KB of 400 KB.
 * One params version = one item: 300 Zuordnungen × ~200 B + 300 Zuschüsse × ~150 B + 100 Ausnahmen
 * × ~1 KB + 100 severity overrides × ~60 B ≈ 215 KB of 400 KB.
 */
export const STORE_LIMITS = {
  commentsPerReview: 50,
  commentTextLength: 4_000,
  commentTextTotal: 40_000,
  commentPathSegments: 8,
  commentPathKeyLength: 40,
  commentCellLength: 100,
  zuordnungen: 300,
  zuschuesse: 300,
  ausnahmen: 100,
  ausnahmeBegruendungLength: 300,
  regelSchwere: 100,
  /** Claims copied into audit entries and idempotency keys (the `sub` is part of a key: ≤ 2 KB). */
  subjectLength: 200,
  nameLength: 200,
} as const;
