using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using ScarGuide.Cli.Deploy;
using ScarGuide.Deploy;

namespace ScarGuide.Tests.Deploy;

/// <summary>The deploy cases against s3rver, through the AWS SDK, path-style on a loopback endpoint.</summary>
public sealed class S3DeployTests(S3rverFixture server) : StoreDeployCases, IClassFixture<S3rverFixture>
{
    private TargetAddress Address(string bucket) => TargetAddress.Parse($"s3://{bucket}/site?endpoint={server.Endpoint}&path_style=true&region=us-east-1");

    private protected override async Task<IRemoteStore> NewStore(string container, bool wrongKey = false)
    {
        if (!wrongKey)
        {
            using var client = new AmazonS3Client(new BasicAWSCredentials(S3rverFixture.Key, S3rverFixture.Key),
                new AmazonS3Config { ServiceURL = server.Endpoint, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
            await client.PutBucketAsync(container);
        }
        return new S3Store(Address(container), new BasicAWSCredentials(wrongKey ? "WRONG" : S3rverFixture.Key, wrongKey ? "WRONG" : S3rverFixture.Key));
    }

    private protected override async Task<ObjectHeaders> HeadersOf(IRemoteStore store, string key)
    {
        var address = TargetAddress.Parse(store.Description);
        using var client = new AmazonS3Client(new BasicAWSCredentials(S3rverFixture.Key, S3rverFixture.Key),
            new AmazonS3Config { ServiceURL = server.Endpoint, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
        var head = await client.GetObjectMetadataAsync(address.Container, address.Prefix + key);
        return new ObjectHeaders(head.Headers.ContentType, head.Headers.CacheControl, head.Headers.ContentEncoding);
    }

    [S3rverFact] public Task First_deploy_uploads_everything_with_the_sites_headers_s3() => First_deploy_uploads_everything_with_the_sites_headers();
    [S3rverFact] public Task Second_deploy_uploads_nothing_s3() => Second_deploy_uploads_nothing();
    [S3rverFact] public Task An_edited_article_uploads_only_changed_files_s3() => An_edited_article_uploads_only_the_files_whose_bytes_changed_and_lists_their_addresses();
    [S3rverFact] public Task A_removed_article_is_deleted_s3() => A_removed_article_is_deleted();
    [S3rverFact] public Task Max_deletes_zero_refuses_s3() => Max_deletes_zero_refuses_a_deletion_and_changes_nothing();
    [S3rverFact] public Task A_dry_run_changes_nothing_s3() => A_dry_run_changes_nothing();
    [S3rverFact] public Task Brotli_files_go_up_under_the_original_name_s3() => Brotli_files_go_up_under_the_original_name_with_their_encoding();
    [S3rverFact] public Task A_wrong_key_is_a_clear_error_s3() => A_wrong_key_says_the_credentials_were_refused();
    [S3rverFact] public Task A_deploy_cut_half_way_is_finished_by_the_next_s3() => A_deploy_cut_half_way_is_finished_by_the_next();

    [S3rverFact]
    // Real S3 gives such an object the ETag "<md5 of the parts' md5s>-2", and the store then reads the MD5 kept in its
    // metadata; s3rver gives it the whole object's MD5, so here the comparison goes through the ETag.
    public async Task An_object_another_tool_uploaded_in_parts_is_compared_and_not_uploaded_again()
    {
        var folder = Path.Combine(Path.GetTempPath(), "scarguide-deploy-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            var bytes = new byte[5 * 1024 * 1024 + 10];
            new Random(7).NextBytes(bytes);
            File.WriteAllBytes(Path.Combine(folder, "guide.pdf"), bytes);
            var bucket = "multipart-" + Guid.NewGuid().ToString("N")[..12];
            using var client = new AmazonS3Client(new BasicAWSCredentials(S3rverFixture.Key, S3rverFixture.Key),
                new AmazonS3Config
                {
                    ServiceURL = server.Endpoint, ForcePathStyle = true, AuthenticationRegion = "us-east-1",
                    RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                });
            await client.PutBucketAsync(bucket);
            var start = new InitiateMultipartUploadRequest { BucketName = bucket, Key = "site/guide.pdf" };
            start.Metadata.Add(S3Store.Md5Metadata, LocalSite.Md5Hex(bytes));
            var upload = await client.InitiateMultipartUploadAsync(start);
            var parts = new List<PartETag>();
            for (var (number, offset) = (1, 0); offset < bytes.Length; number++, offset += 5 * 1024 * 1024)
            {
                var length = Math.Min(5 * 1024 * 1024, bytes.Length - offset);
                var part = await client.UploadPartAsync(new UploadPartRequest
                {
                    BucketName = bucket, Key = "site/guide.pdf", UploadId = upload.UploadId, PartNumber = number,
                    InputStream = new MemoryStream(bytes, offset, length), PartSize = length, UseChunkEncoding = false,
                });
                parts.Add(new PartETag(number, part.ETag));
            }
            await client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest { BucketName = bucket, Key = "site/guide.pdf", UploadId = upload.UploadId, PartETags = parts });

            using var store = new S3Store(Address(bucket), new BasicAWSCredentials(S3rverFixture.Key, S3rverFixture.Key));
            var listed = Assert.Single(await store.ListAsync(CancellationToken.None));
            Assert.Equal(LocalSite.Md5Hex(bytes), listed.Md5);
            var plan = DeployPlan.Make(LocalSite.Read(folder, ScarGuide.Cli.Preview.ContentTypes.For), [listed]);
            Assert.Equal((0, 1), (plan.Uploads.Count, plan.Unchanged));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [S3rverFact]
    public async Task A_listing_of_more_than_a_thousand_objects_is_read_page_by_page()
    {
        var folder = Path.Combine(Path.GetTempPath(), "scarguide-deploy-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            for (var i = 0; i < 1005; i++)
            {
                Directory.CreateDirectory(Path.Combine(folder, "blog", $"a{i:D4}"));
                File.WriteAllText(Path.Combine(folder, "blog", $"a{i:D4}", "index.html"), $"<p>{i}</p>");
            }
            var store = await NewStore("many-" + Guid.NewGuid().ToString("N")[..12]);
            var target = new DeployTarget("test", "s3://test");
            var first = await ScarGuide.Cli.Commands.DeployCommand.Run(store, folder, target, new DeployOptions(), "/", null, TextWriter.Null, CancellationToken.None);
            Assert.Equal(1005, first.Uploaded);
            Assert.Equal(1005, (await store.ListAsync(CancellationToken.None)).Count);
            var second = await ScarGuide.Cli.Commands.DeployCommand.Run(store, folder, target, new DeployOptions(), "/", null, TextWriter.Null, CancellationToken.None);
            Assert.Equal((0, 0, 1005), (second.Uploaded, second.Deleted, second.Plan.Unchanged));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_endpoint_nothing_listens_on_says_it_could_not_be_reached()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var store = new S3Store(TargetAddress.Parse($"s3://site?endpoint=http://127.0.0.1:{port}&path_style=true"), new BasicAWSCredentials("a", "b"));
        var error = await Assert.ThrowsAsync<DeployException>(() => store.ListAsync(CancellationToken.None));
        Assert.Contains("could not be reached", error.Message);
        Assert.Contains("deploy again", error.Message);
    }

    [S3rverFact]
    public async Task A_missing_bucket_says_so()
    {
        using var site = DeploySite.Build();
        using var store = new S3Store(Address("no-such-bucket"), new BasicAWSCredentials(S3rverFixture.Key, S3rverFixture.Key));
        var error = await Assert.ThrowsAsync<DeployException>(() => store.ListAsync(CancellationToken.None));
        Assert.Contains("'no-such-bucket' does not exist", error.Message);
    }
}
