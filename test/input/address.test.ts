import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embeddedV4, isBlockedAddress, isBlockedHostname } from '../../src/input/address.js';

test('blocked IPv4 ranges', () => {
  for (const ip of ['127.0.0.1', '127.1.2.3', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '100.100.100.200', '0.0.0.0', '0.1.2.3', '224.0.0.1', '239.255.255.250', '255.255.255.255', '198.18.0.1']) {
    assert.equal(isBlockedAddress(ip), true, ip);
  }
  for (const ip of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '193.5.6.7', '169.255.0.1']) {
    assert.equal(isBlockedAddress(ip), false, ip);
  }
});

test('blocked IPv6 ranges and IPv4 hidden in IPv6', () => {
  for (const ip of ['::1', '::', 'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd00:ec2::254', 'ff02::1', '[::1]',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:169.254.169.254', '::ffff:a00:1', '::127.0.0.1', '64:ff9b::a9fe:a9fe', '2002:c0a8:0101::1']) {
    assert.equal(isBlockedAddress(ip), true, ip);
  }
  for (const ip of ['2001:4860:4860::8888', '2a00:1450:4001:82a::200e', '::ffff:8.8.8.8', '2002:0808:0808::1']) {
    assert.equal(isBlockedAddress(ip), false, ip);
  }
  assert.equal(embeddedV4('::ffff:7f00:1'), '127.0.0.1');
  assert.equal(embeddedV4('2001:4860::8888'), null);
  assert.equal(isBlockedAddress('not-an-ip'), true, 'garbage is refused, not guessed');
});

test('blocked hostnames', () => {
  for (const h of ['localhost', 'LOCALHOST.', 'foo.localhost', 'metadata.google.internal', 'metadata', 'db.internal']) {
    assert.equal(isBlockedHostname(h), true, h);
  }
  assert.equal(isBlockedHostname('www.20min.ch'), false);
  assert.equal(isBlockedHostname('localhost.example.com'), false);
});
