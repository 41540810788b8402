using Azure.Storage.Blobs;
using ScarGuide.Cli.Deploy;
using ScarGuide.Deploy;

namespace ScarGuide.Tests.Deploy;

/// <summary>The deploy cases against Azurite, through the Azure SDK with a connection string to a loopback endpoint.</summary>
public sealed class AzureDeployTests(AzuriteFixture server) : StoreDeployCases, IClassFixture<AzuriteFixture>
{
    private protected override async Task<IRemoteStore> NewStore(string container, bool wrongKey = false)
    {
        var good = new BlobServiceClient(server.ConnectionString());
        if (!wrongKey) await good.GetBlobContainerClient(container).CreateAsync();
        var service = wrongKey ? new BlobServiceClient(server.ConnectionString(Convert.ToBase64String(new byte[64]))) : good;
        return new AzureBlobStore(TargetAddress.Parse($"azblob://{container}/site"), service);
    }

    private protected override async Task<ObjectHeaders> HeadersOf(IRemoteStore store, string key)
    {
        var address = TargetAddress.Parse(store.Description);
        var blob = new BlobServiceClient(server.ConnectionString()).GetBlobContainerClient(address.Container).GetBlobClient(address.Prefix + key);
        var properties = (await blob.GetPropertiesAsync()).Value;
        return new ObjectHeaders(properties.ContentType, properties.CacheControl, properties.ContentEncoding);
    }

    [AzuriteFact] public Task First_deploy_uploads_everything_with_the_sites_headers_azure() => First_deploy_uploads_everything_with_the_sites_headers();
    [AzuriteFact] public Task Second_deploy_uploads_nothing_azure() => Second_deploy_uploads_nothing();
    [AzuriteFact] public Task An_edited_article_uploads_only_changed_files_azure() => An_edited_article_uploads_only_the_files_whose_bytes_changed_and_lists_their_addresses();
    [AzuriteFact] public Task A_removed_article_is_deleted_azure() => A_removed_article_is_deleted();
    [AzuriteFact] public Task Max_deletes_zero_refuses_azure() => Max_deletes_zero_refuses_a_deletion_and_changes_nothing();
    [AzuriteFact] public Task A_dry_run_changes_nothing_azure() => A_dry_run_changes_nothing();
    [AzuriteFact] public Task Brotli_files_go_up_under_the_original_name_azure() => Brotli_files_go_up_under_the_original_name_with_their_encoding();
    [AzuriteFact] public Task A_wrong_key_is_a_clear_error_azure() => A_wrong_key_says_the_credentials_were_refused();
    [AzuriteFact] public Task A_deploy_cut_half_way_is_finished_by_the_next_azure() => A_deploy_cut_half_way_is_finished_by_the_next();

    [Fact]
    public async Task An_endpoint_nothing_listens_on_says_it_could_not_be_reached()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 0;
        var service = new BlobServiceClient(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteFixture.AccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;", options);
        var store = new AzureBlobStore(TargetAddress.Parse("azblob://site"), service);
        var error = await Assert.ThrowsAsync<DeployException>(() => store.ListAsync(CancellationToken.None));
        Assert.Contains("could not be reached", error.Message);
    }

    [AzuriteFact]
    public async Task A_missing_container_says_so()
    {
        var store = new AzureBlobStore(TargetAddress.Parse("azblob://no-such-container"), new BlobServiceClient(server.ConnectionString()));
        var error = await Assert.ThrowsAsync<DeployException>(() => store.ListAsync(CancellationToken.None));
        Assert.Contains("'no-such-container' does not exist", error.Message);
    }
}
