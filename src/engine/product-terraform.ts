/**
 * Terraform resource and data source names of the tencentcloud provider, by prefix, to the API product that
 * serves them. Hand-written for the most used resources: the provider's names follow the console, not the API
 * (`tencentcloud_mysql_*` is `cdb`, `tencentcloud_kubernetes_*` is `tke`), so a prefix map is needed.
 * Longest prefix wins; names are matched after `tencentcloud_`.
 */
const PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['instance', 'cvm'],
  ['key_pair', 'cvm'],
  ['image', 'cvm'],
  ['placement_group', 'cvm'],
  ['reserved_instance', 'cvm'],
  ['cvm_', 'cvm'],
  ['cbs_', 'cbs'],
  ['vpc', 'vpc'],
  ['subnet', 'vpc'],
  ['route_table', 'vpc'],
  ['route_entry', 'vpc'],
  ['security_group', 'vpc'],
  ['eip', 'vpc'],
  ['eni', 'vpc'],
  ['nat_gateway', 'vpc'],
  ['ha_vip', 'vpc'],
  ['ccn', 'vpc'],
  ['vpn_', 'vpc'],
  ['address_template', 'vpc'],
  ['protocol_template', 'vpc'],
  ['clb_', 'clb'],
  ['mysql_', 'cdb'],
  ['redis_', 'redis'],
  ['cos_', 'cos'],
  ['cam_', 'cam'],
  ['kubernetes_', 'tke'],
  ['tke_', 'tke'],
  ['scf_', 'scf'],
  ['cdn_', 'cdn'],
  ['emr_', 'emr'],
  ['mongodb_', 'mongodb'],
  ['postgresql_', 'postgres'],
  ['sqlserver_', 'sqlserver'],
  ['mariadb_', 'mariadb'],
  ['dcdb_', 'dcdb'],
  ['cynosdb_', 'cynosdb'],
  ['as_', 'as'],
  ['cls_', 'cls'],
  ['ckafka_', 'ckafka'],
  ['tcr_', 'tcr'],
  ['ssl_', 'ssl'],
  ['dnspod_', 'dnspod'],
  ['lighthouse_', 'lighthouse'],
  ['monitor_', 'monitor'],
  ['elasticsearch_', 'es'],
  ['api_gateway_', 'apigateway'],
  ['teo_', 'teo'],
  ['kms_', 'kms'],
  ['ssm_', 'ssm'],
  ['tat_', 'tat'],
  ['sms_', 'sms'],
  ['ses_', 'ses'],
  ['gaap_', 'gaap'],
  ['dts_', 'dts'],
  ['cfs_', 'cfs'],
  ['tdmq_', 'tdmq'],
  ['organization_', 'organization'],
  ['tag', 'tag'],
  ['vod_', 'vod'],
  ['live_', 'live'],
  ['waf_', 'waf'],
  ['antiddos_', 'antiddos'],
];

/** `instance` → `cvm`, `clb_listener` → `clb`; null for names the map does not know. */
export function productOfTerraformName(name: string): string | null {
  let best: readonly [string, string] | null = null;
  for (const entry of PREFIXES) {
    const [prefix] = entry;
    if (!name.startsWith(prefix)) continue;
    // `instance` must not claim `instance_type_foo` of another family, but does take `instances` (the data source).
    const rest = name.slice(prefix.length);
    if (!prefix.endsWith('_') && rest !== '' && rest !== 's' && !rest.startsWith('_')) continue;
    if (!best || prefix.length > best[0].length) best = entry;
  }
  return best ? best[1] : null;
}
