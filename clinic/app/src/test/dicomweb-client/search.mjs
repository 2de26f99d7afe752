// Drives the clinic's QIDO-RS search with dicomweb-client, as a DICOM viewer does.
// Run by DicomWebClientIT, which seeds the studies below and passes the server's address
// and a lecture user in CLINIC_URL, CLINIC_USER and CLINIC_PASSWORD.
import assert from 'node:assert/strict';
import XMLHttpRequest from 'xhr2';
import dicomweb from 'dicomweb-client';

globalThis.XMLHttpRequest = XMLHttpRequest;

const { CLINIC_URL, CLINIC_USER, CLINIC_PASSWORD } = process.env;
const basic = (user, password) => 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
const client = new dicomweb.api.DICOMwebClient({
  url: `${CLINIC_URL}/dicomweb`,
  headers: { Authorization: basic(CLINIC_USER, CLINIC_PASSWORD) },
});

const UID = (n) => `1.2.250.1.59.900.${n}`;
const uids = (studies) => studies.map((study) => study['0020000D'].Value[0]);
const search = async (queryParams) => uids(await client.searchForStudies({ queryParams }));
const ours = (queryParams) => search({ PatientID: 'DWC-*', ...queryParams });
const sorted = (values) => [...values].sort();

async function status(promise) {
  try {
    await promise;
    return 200;
  } catch (error) {
    return error.status;
  }
}

const checks = {
  'StudyInstanceUID, one UID': async () => assert.deepEqual(await search({ StudyInstanceUID: UID(2) }), [UID(2)]),
  'StudyInstanceUID, a list of UIDs': async () =>
    assert.deepEqual(sorted(await search({ StudyInstanceUID: [UID(1), UID(3)] })), [UID(1), UID(3)]),
  'StudyInstanceUID by its tag': async () => assert.deepEqual(await search({ '0020000D': UID(1) }), [UID(1)]),
  PatientID: async () => assert.deepEqual(await search({ PatientID: 'DWC-2' }), [UID(3)]),
  'PatientID with a wildcard': async () => assert.equal((await search({ PatientID: 'DWC-?' })).length, 3),
  PatientName: async () => assert.deepEqual(sorted(await ours({ PatientName: 'Dupré^Élodie' })), [UID(1), UID(2)]),
  'PatientName with a wildcard': async () => assert.deepEqual(await ours({ '00100010': 'Dur*' }), [UID(3)]),
  'PatientName is literal without fuzzy matching': async () =>
    assert.deepEqual(await ours({ PatientName: 'dupre^elodie' }), []),
  'PatientName with fuzzy matching': async () => {
    assert.deepEqual(sorted(await ours({ PatientName: 'dupre^elodie', fuzzymatching: true })), [UID(1), UID(2)]);
    assert.deepEqual(sorted(await ours({ PatientName: 'ELODIE', fuzzymatching: true })), [UID(1), UID(2)]);
  },
  StudyDate: async () => {
    assert.deepEqual(await ours({ StudyDate: '20240110' }), [UID(1)]);
    assert.deepEqual(await ours({ StudyDate: '20240101-' }), [UID(2), UID(1)]);
    assert.deepEqual(await ours({ StudyDate: '-20231231' }), [UID(3)]);
    assert.deepEqual(await ours({ '00080020': '20231101-20240115' }), [UID(1), UID(3)]);
  },
  StudyTime: async () => {
    assert.deepEqual(await ours({ StudyTime: '0915' }), [UID(1)]);
    assert.deepEqual(await ours({ StudyTime: '1600-' }), [UID(2)]);
    assert.deepEqual(await ours({ StudyTime: '-1000' }), [UID(1)]);
    assert.deepEqual(await ours({ '00080030': '0900-1200' }), [UID(1), UID(3)]);
  },
  AccessionNumber: async () => {
    assert.deepEqual(await ours({ AccessionNumber: 'DWCACC2' }), [UID(2)]);
    assert.deepEqual(await ours({ '00080050': 'DWCACC1' }), [UID(1)]);
  },
  ModalitiesInStudy: async () => {
    assert.deepEqual(await ours({ ModalitiesInStudy: 'SR' }), [UID(2)]);
    assert.deepEqual(await ours({ '00080061': 'US' }), [UID(3)]);
  },
  ReferringPhysicianName: async () => {
    assert.deepEqual(await ours({ ReferringPhysicianName: 'Martin^Paul' }), [UID(1), UID(3)]);
    assert.deepEqual(await ours({ '00080090': 'Bern*' }), [UID(2)]);
  },
  StudyID: async () => {
    assert.deepEqual(await ours({ StudyID: 'DW3' }), [UID(3)]);
    assert.deepEqual(await ours({ '00200010': 'DW?' }), [UID(2), UID(1), UID(3)]);
  },
  'limit and offset': async () => {
    assert.deepEqual(await ours({ limit: 2 }), [UID(2), UID(1)]);
    assert.deepEqual(await ours({ limit: 2, offset: 2 }), [UID(3)]);
  },
  includefield: async () => {
    const [plain] = await client.searchForStudies({ queryParams: { StudyInstanceUID: UID(1) } });
    assert.equal(plain['00081030'], undefined);
    const [described] = await client.searchForStudies({
      queryParams: { StudyInstanceUID: UID(1), includefield: 'StudyDescription,PatientAge' },
    });
    assert.deepEqual(described['00081030'], { vr: 'LO', Value: ['Abdomen'] });
    assert.deepEqual(described['00101010'], { vr: 'AS', Value: ['049Y'] });
    const [all] = await client.searchForStudies({ queryParams: { StudyInstanceUID: UID(1), includefield: 'all' } });
    assert.deepEqual(all['00101030'], { vr: 'DS', Value: [62.5] });
  },
  'an unknown key is a 400 naming it': async () => {
    const error = await client.searchForStudies({ queryParams: { PatientNom: 'X' } }).catch((e) => e);
    assert.equal(error.status, 400);
    assert.match(JSON.stringify(error.response), /PatientNom/);
  },
  'series of a known study: none; of an unknown study: 404': async () => {
    assert.deepEqual(await client.searchForSeries({ studyInstanceUID: UID(1) }), []);
    assert.equal(await status(client.searchForSeries({ studyInstanceUID: UID(9) })), 404);
  },
  'Basic: a wrong password or none is a 401': async () => {
    const wrong = new dicomweb.api.DICOMwebClient({
      url: `${CLINIC_URL}/dicomweb`,
      headers: { Authorization: basic(CLINIC_USER, 'not-the-password') },
    });
    assert.equal(await status(wrong.searchForStudies()), 401);
    const anonymous = new dicomweb.api.DICOMwebClient({ url: `${CLINIC_URL}/dicomweb` });
    assert.equal(await status(anonymous.searchForStudies()), 401);
  },
};

let passed = 0;
let failed = 0;
for (const [name, check] of Object.entries(checks)) {
  try {
    await check();
    passed++;
    console.log(`ok ${name}`);
  } catch (error) {
    failed++;
    console.log(`not ok ${name}: ${error.message}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
