// Tests convert with the same LibreOffice call the product uses to print PDFs.
export * from "../../functions/render/convert-with-libreoffice";
