// Officials and quote speakers on the check16 blind set (fixtures/officials/check16): 14 articles, 78 officials,
// 45 quotes.
// Written blind by check16a on 2026-12-07 (fixtures and gold by hand, committed BEFORE any run of the tool on them),
// weighted towards what a crawl holds and earlier sets had little of: ASN on social media (a TikTok live, WhatsApp
// groups, likes, profile frames), PPPK and honorary staff, ad hoc election staff who are ASN (KPPS, PPS, PPK, PKD,
// Panwascam), TNI and Polri neutrality, campaign teams and a candidate answering, Forkopimda signing an integrity pact,
// legislators, academics and NGO observers speaking (no officials), a round-up of three stories, a Q&A, a PSU live
// report and a national wire after KASN's functions moved to KemenPAN-RB and BKN; in outlets and regions earlier sets
// used least (Nagan Raya, Pakpak Bharat, Dharmasraya, Empat Lawang, Kaur, Lampung Timur, Kuningan, Bondowoso, Bangli,
// Sikka, Kapuas Hulu, Katingan, Kutai Barat, Minahasa Utara, Tidore Kepulauan); shapes listed in expected.json's
// `about`. Never shown to the engineers tuning; every article is held out. Scored with the rules of news4
// (test/extract/officials/news-score.ts). CHECK16_REPORT=1 prints the figures and the problems (for a final report
// only).
//
// BLIND-RESULT (filled after the one blind run)
import { describeOfficialsCheckSet } from './officials/news-score.js';

describeOfficialsCheckSet({
  name: 'check16',
  title: 'officials on the check16 blind set (never tuned on)',
  gold: 78,
  quotes: 45,
  reportEnv: 'CHECK16_REPORT',
  floor: { p: 0, r: 0, fieldAcc: 0, quotesR: 0, attr: 0 },
});
