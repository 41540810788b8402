using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using ScarGuide.Deploy;

namespace ScarGuide.Cli.Deploy;

/// <summary>
/// An S3 bucket (AWS, or any S3-compatible store through <c>endpoint=</c>) under a prefix, through the AWS SDK. Each
/// object keeps its MD5 in <c>x-amz-meta-md5</c> too: a single-part upload's ETag is its MD5, but a multipart one's or
/// an encrypted one's is not, and then the listing's ETag is checked against that metadata.
/// </summary>
internal sealed class S3Store : IRemoteStore, IDisposable
{
    public const string Md5Metadata = "md5";

    private readonly AmazonS3Client _client;
    private readonly string _bucket;
    private readonly string _prefix;

    /// <param name="credentials">Null for the SDK's usual chain: environment, profile, web identity (OIDC), instance role.</param>
    public S3Store(TargetAddress address, AWSCredentials? credentials = null)
    {
        _bucket = address.Container;
        _prefix = address.Prefix;
        var config = new AmazonS3Config
        {
            // Whole-body MD5 (Content-MD5) is sent by hand below; the SDK's newer trailing checksums are not understood
            // by every S3-compatible store, so they are sent only where S3 requires them.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            MaxErrorRetry = 4,
        };
        var region = address.Setting("region");
        if (address.Setting("endpoint") is { } endpoint)
        {
            config.ServiceURL = endpoint;
            config.AuthenticationRegion = region ?? "us-east-1";
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region ?? "us-east-1");
        }
        config.ForcePathStyle = address.Setting("path_style") is "true" or "1";
        _client = credentials is null ? new AmazonS3Client(config) : new AmazonS3Client(credentials, config);
        Description = $"s3://{_bucket}/{_prefix}";
    }

    public string Description { get; }

    public async Task<IReadOnlyList<RemoteObject>> ListAsync(CancellationToken cancel)
    {
        var objects = new List<RemoteObject>();
        var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = _prefix.Length == 0 ? null : _prefix };
        var unknown = new List<S3Object>();
        await Guard(async () =>
        {
            while (true)
            {
                var response = await _client.ListObjectsV2Async(request, cancel);
                foreach (var o in response.S3Objects ?? [])
                {
                    var etag = o.ETag?.Trim('"') ?? "";
                    // A single-part upload's ETag is the MD5 of its bytes; "…-3" (multipart) or anything else is not.
                    if (etag.Length == 32 && etag.All(char.IsAsciiHexDigit)) objects.Add(new RemoteObject(o.Key[_prefix.Length..], o.Size ?? 0, etag.ToLowerInvariant()));
                    else unknown.Add(o);
                }
                if (response.IsTruncated != true) break;
                request.ContinuationToken = response.NextContinuationToken;
            }
            foreach (var o in unknown)
            {
                var head = await _client.GetObjectMetadataAsync(_bucket, o.Key, cancel);
                var kept = head.Metadata.Keys.Any(k => k.Equals("x-amz-meta-" + Md5Metadata, StringComparison.OrdinalIgnoreCase)) ? head.Metadata[Md5Metadata] : null;
                objects.Add(new RemoteObject(o.Key[_prefix.Length..], o.Size ?? 0, kept is { Length: 32 } && kept.All(char.IsAsciiHexDigit) ? kept.ToLowerInvariant() : null));
            }
        });
        return objects;
    }

    public Task UploadAsync(string key, byte[] content, string md5, ObjectHeaders headers, CancellationToken cancel) => Guard(async () =>
    {
        var request = new PutObjectRequest
        {
            BucketName = _bucket,
            Key = _prefix + key,
            InputStream = new MemoryStream(content, writable: false),
            ContentType = headers.ContentType,
            MD5Digest = Convert.ToBase64String(Convert.FromHexString(md5)),
            UseChunkEncoding = false,
            AutoCloseStream = true,
        };
        request.Headers.CacheControl = headers.CacheControl;
        if (headers.ContentEncoding is { } encoding) request.Headers.ContentEncoding = encoding;
        request.Metadata.Add(Md5Metadata, md5);
        await _client.PutObjectAsync(request, cancel);
    });

    public Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancel) => Guard(async () =>
    {
        var request = new DeleteObjectsRequest { BucketName = _bucket, Quiet = true, Objects = keys.Select(k => new KeyVersion { Key = _prefix + k }).ToList() };
        var response = await _client.DeleteObjectsAsync(request, cancel);
        if (response.DeleteErrors is { Count: > 0 } errors)
            throw new DeployException($"{Description}: {errors.Count} object(s) could not be deleted, the first '{errors[0].Key}': {errors[0].Message}. Check that the credentials may delete (s3:DeleteObject), then deploy again.");
    });

    /// <summary>Runs an SDK call, turning what goes wrong into a message that says what to fix.</summary>
    private async Task Guard(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchBucket")
        {
            throw new DeployException($"The bucket '{_bucket}' does not exist at this endpoint. Create it, or check the name and the region/endpoint in the target URL.", e);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode is "InvalidAccessKeyId" or "SignatureDoesNotMatch" or "AccessDenied" or "InvalidToken" or "ExpiredToken"
            || e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
        {
            throw new DeployException($"{Description} refused the credentials ({e.ErrorCode ?? e.StatusCode.ToString()}: {e.Message}). " +
                "Check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or the profile or role in use) and that they may list, put and delete in this bucket.", e);
        }
        catch (AmazonS3Exception e) when (e.InnerException is not (HttpRequestException or System.Net.Sockets.SocketException))
        {
            throw new DeployException($"{Description} answered {e.ErrorCode ?? e.StatusCode.ToString()}: {e.Message}", e);
        }
        catch (AmazonClientException e) when (e.InnerException is HttpRequestException or System.Net.Sockets.SocketException)
        {
            throw new DeployException($"{Description} could not be reached: {e.InnerException!.Message}. Check the endpoint and the network, then deploy again: what was uploaded stays, and the next deploy finishes the rest.", e);
        }
        catch (AmazonClientException e) when (e.Message.Contains("credentials", StringComparison.OrdinalIgnoreCase))
        {
            throw new DeployException($"No AWS credentials were found ({e.Message}). Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or run where a role is available (see docs/deploy.md for OIDC in GitHub Actions).", e);
        }
        catch (AmazonServiceException e) when (e.InnerException is HttpRequestException or System.Net.Sockets.SocketException)
        {
            throw new DeployException($"{Description} could not be reached: {e.InnerException!.Message}. Check the endpoint and the network, then deploy again: what was uploaded stays, and the next deploy finishes the rest.", e);
        }
        catch (HttpRequestException e)
        {
            throw new DeployException($"{Description} could not be reached: {e.Message}. Check the endpoint and the network, then deploy again: what was uploaded stays, and the next deploy finishes the rest.", e);
        }
    }

    public void Dispose() => _client.Dispose();
}
