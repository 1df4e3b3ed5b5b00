/**
 * Query parameters that only identify a campaign or a click, never the document. Exact names are
 * compared lower-cased; prefixes cover families such as utm_* and Matomo's pk_*.
 */
const EXACT = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'yclid', 'ysclid', 'msclkid', 'twclid',
  'ttclid', 'igshid', 'igsh', 'li_fat_id', 'epik', 'srsltid', 'rb_clickid', 's_kwcid', 'ef_id',
  '_ga', '_gl', '_gac', '_hsenc', '_hsmi', '__hstc', '__hssc', '__hsfp', 'hsctatracking',
  'mc_cid', 'mc_eid', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv', '_openstat',
  'ref_src', 'ref_url', 'cmpid', 'wt_mc', 'wt.mc_id', 'at_medium', 'at_campaign', 'at_source',
  'sc_cid', 'ncid', 'ito', 'spm', 'from_rss', 'utm', 'intcid', 'ocid', 'smid', 'smtyp', 'emc', 'xtor', 'trk',
  'sr_share', 'mbid', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee',
]);

const PREFIXES = ['utm_', 'pk_', 'mtm_', 'piwik_', 'matomo_', 'hmb_', 'ga_', 'fb_action', 'fb_ref', 'fb_source', 'itm_', 'wt.'];

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return EXACT.has(n) || PREFIXES.some((p) => n.startsWith(p));
}
