/** Media types an attachment may have, each recognised by its first bytes (its "magic number"). */
export const ATTACHMENT_MEDIA_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

const MAGIC: readonly [AttachmentMediaType, readonly number[]][] = [
  ["application/pdf", [0x25, 0x50, 0x44, 0x46, 0x2d]], // "%PDF-"
  ["image/jpeg", [0xff, 0xd8, 0xff]],
  ["image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/**
 * What the bytes are, whatever the request claimed: a file renamed to .pdf, or a Content-Type set by
 * hand, does not make it a PDF. Undefined for anything else.
 */
export const sniffMediaType = (bytes: Uint8Array): AttachmentMediaType | undefined =>
  MAGIC.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0];

export const ATTACHMENT_EXTENSIONS: Record<AttachmentMediaType, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
};
