import * as z from "zod";

// zod's fast path probes `new Function` on the first object parse, which the deployed CSP (no
// 'unsafe-eval') reports as a violation. Imported first by every page's entry, so it runs before any
// module that parses at load time (the programme registry does); the interpreter is fast enough here.
z.config({ jitless: true });
