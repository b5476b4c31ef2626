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

/**
 * One submission is one TransactWriteItems: the original as received, the version (content gzipped)
 * and the head, whole or not at all. DynamoDB caps a transaction at 4 MB (counted here as 4,000,000
 * bytes, the lower reading) and an item at 400 KB, so the original goes into chunk items of
 * 350,000 bytes (+ ~100 B of keys each) and the budget is split:
 *   reserved for head (≤ 20 KB with amounts), audit entry (≤ 5 KB), idempotency record (≤ 3 KB),
 *   the params check, the version item's attributes besides its body (≤ 10 KB) and the keys and
 *   attribute names of up to 13 chunk items (≤ 2 KB): 100,000 bytes, generously;
 *   content, gzipped (inline or in chunks):                               1,800,000 bytes;
 *   original:                                  2 × 1,048,576 =            2,097,152 bytes;
 *   together 3,997,152 ≤ 4,000,000.
 * The .xlsx upload bound (XLSX_LIMITS.maxFileBytes) and the JSON body bound are this original bound.
 */
export const SUBMISSION_BUDGET = {
  transactionBytes: 4_000_000,
  reservedBytes: 100_000,
  maxContentCompressedBytes: 1_800_000,
  originalChunkBytes: 350_000,
} as const;

/** Largest original (the .xlsx or JSON body exactly as received) a submission can keep: 2 MiB. */
export const MAX_ORIGINAL_BYTES = 2 * 1024 * 1024;

/**
 * Largest attachment to a version (a signed receipt, later a Beleg): 3 MiB = 3,145,728 bytes in
 * ⌈3,145,728 / 350,000⌉ = 9 chunk items + one record item (≤ 2 KB) + the version check, in one
 * transaction: ≈ 3.15 MB of 4,000,000 bytes. Also well under API Gateway's 6 MB request limit.
 */
export const MAX_ATTACHMENT_BYTES = 3 * 1024 * 1024;
