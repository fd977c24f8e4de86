import { describe, expect, it } from 'vitest';
import {
  MalformedMessageError,
  parseS3Notification,
  REPROCESS_EVENT,
  reprocessMessage,
} from './s3-notification.js';

const notification = (key: string) =>
  JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'eu-west-1',
        eventTime: '2026-11-23T10:00:00.000Z',
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: 'AWS:X' },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: { 'x-amz-request-id': 'R', 'x-amz-id-2': 'I' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'c',
          bucket: { name: 'docs', ownerIdentity: { principalId: 'P' }, arn: 'arn:aws:s3:::docs' },
          object: { key, size: 12, eTag: 'abc', sequencer: '0055AED6DCD90281E5' },
        },
      },
    ],
  });

describe('parseS3Notification', () => {
  it('decodes keys the way S3 encodes them', () => {
    const [event] = parseS3Notification(notification('incoming/rapport+annuel+%C3%A9t%C3%A9.txt'));
    expect(event).toEqual({
      eventName: 'ObjectCreated:Put',
      bucket: 'docs',
      key: 'incoming/rapport annuel été.txt',
      sequencer: '0055AED6DCD90281E5',
    });
  });

  it('returns nothing for the s3:TestEvent', () => {
    expect(
      parseS3Notification(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'docs' })),
    ).toEqual([]);
  });

  it('reads a reprocess request with the key as stored, not URL-decoded', () => {
    expect(parseS3Notification(reprocessMessage('docs', 'incoming/a+b %41.txt'))).toEqual([
      { eventName: REPROCESS_EVENT, bucket: 'docs', key: 'incoming/a+b %41.txt', sequencer: null },
    ]);
  });

  it('refuses what is not an S3 notification', () => {
    expect(() => parseS3Notification('not json')).toThrow(MalformedMessageError);
    expect(() => parseS3Notification('{"hello":1}')).toThrow(MalformedMessageError);
  });
});
