using System.Net;
using Azure;
using Azure.Identity;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ScarGuide.Deploy;

namespace ScarGuide.Cli.Deploy;

/// <summary>
/// An Azure Blob storage container under a prefix, through the Azure SDK. Each blob's Content-MD5 property is set on
/// upload (and its MD5 kept in metadata too, for blobs whose property a block upload left empty), so listing gives
/// every hash without reading any blob.
/// </summary>
internal sealed class AzureBlobStore : IRemoteStore
{
    public const string Md5Metadata = "md5";

    private readonly BlobContainerClient _container;
    private readonly string _prefix;

    public AzureBlobStore(TargetAddress address, BlobServiceClient service)
    {
        _container = service.GetBlobContainerClient(address.Container);
        _prefix = address.Prefix;
        Description = $"azblob://{address.Container}/{_prefix}";
    }

    /// <summary>
    /// The service from the environment: <c>AZURE_STORAGE_CONNECTION_STRING</c>; else <c>AZURE_STORAGE_ACCOUNT</c> (or
    /// <c>account=</c> in the URL) with <c>AZURE_STORAGE_KEY</c>; else that account with <c>DefaultAzureCredential</c>
    /// (OIDC federated credentials in CI, a managed identity, or the Azure CLI's login).
    /// </summary>
    public static AzureBlobStore FromEnvironment(TargetAddress address)
    {
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 4;
        if (Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING") is { Length: > 0 } connection)
            return new AzureBlobStore(address, new BlobServiceClient(connection, options));
        var account = address.Setting("account") ?? Environment.GetEnvironmentVariable("AZURE_STORAGE_ACCOUNT");
        if (string.IsNullOrEmpty(account))
            throw new DeployException("No Azure storage account is known: set AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_ACCOUNT (or account=NAME in the target URL) with AZURE_STORAGE_KEY or a federated identity.");
        var endpoint = new Uri(address.Setting("endpoint") ?? $"https://{account}.blob.core.windows.net");
        if (Environment.GetEnvironmentVariable("AZURE_STORAGE_KEY") is { Length: > 0 } key)
            return new AzureBlobStore(address, new BlobServiceClient(endpoint, new StorageSharedKeyCredential(account, key), options));
        return new AzureBlobStore(address, new BlobServiceClient(endpoint, new DefaultAzureCredential(), options));
    }

    public string Description { get; }

    public Task<IReadOnlyList<RemoteObject>> ListAsync(CancellationToken cancel) => Guard<IReadOnlyList<RemoteObject>>(async () =>
    {
        var objects = new List<RemoteObject>();
        await foreach (var blob in _container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = _prefix.Length == 0 ? null : _prefix }, cancel))
        {
            var md5 = blob.Properties.ContentHash is { Length: 16 } hash ? Convert.ToHexStringLower(hash)
                : blob.Metadata is not null && blob.Metadata.TryGetValue(Md5Metadata, out var kept) && kept.Length == 32 ? kept : null;
            objects.Add(new RemoteObject(blob.Name[_prefix.Length..], blob.Properties.ContentLength ?? 0, md5));
        }
        return objects;
    });

    public Task UploadAsync(string key, byte[] content, string md5, ObjectHeaders headers, CancellationToken cancel) => Guard(async () =>
    {
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders
            {
                ContentType = headers.ContentType,
                CacheControl = headers.CacheControl,
                ContentEncoding = headers.ContentEncoding,
                ContentHash = Convert.FromHexString(md5),
            },
            Metadata = new Dictionary<string, string> { [Md5Metadata] = md5 },
        };
        await _container.GetBlobClient(_prefix + key).UploadAsync(new BinaryData(content), options, cancel);
        return true;
    });

    public Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancel) => Guard(async () =>
    {
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancel },
            async (key, token) => await _container.GetBlobClient(_prefix + key).DeleteIfExistsAsync(cancellationToken: token));
        return true;
    });

    /// <summary>Runs an SDK call, turning what goes wrong into a message that says what to fix.</summary>
    private async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (RequestFailedException e) when (e.ErrorCode == "ContainerNotFound")
        {
            throw new DeployException($"The container '{_container.Name}' does not exist in the account '{_container.AccountName}'. Create it, or check the name in the target URL.", e);
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Forbidden or (int)HttpStatusCode.Unauthorized)
        {
            throw new DeployException($"{Description} refused the credentials ({e.ErrorCode ?? e.Status.ToString()}). " +
                "Check AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_KEY, or that the identity has the Storage Blob Data Contributor role on the container.", e);
        }
        catch (RequestFailedException e) when (e.Status == 0)
        {
            throw new DeployException($"{Description} could not be reached: {e.Message.Split('\n')[0]}. Check the endpoint and the network, then deploy again: what was uploaded stays, and the next deploy finishes the rest.", e);
        }
        catch (RequestFailedException e)
        {
            throw new DeployException($"{Description} answered {e.ErrorCode ?? e.Status.ToString()}: {e.Message.Split('\n')[0]}", e);
        }
        catch (AuthenticationFailedException e)
        {
            throw new DeployException($"No Azure credential worked ({e.Message.Split('\n')[0]}). Set AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_KEY, or sign in with a federated identity (see docs/deploy.md).", e);
        }
        catch (AggregateException e) when (e.InnerException is RequestFailedException inner)
        {
            throw new DeployException($"{Description} answered {inner.ErrorCode ?? inner.Status.ToString()}: {inner.Message.Split('\n')[0]}", e);
        }
    }

    private Task Guard(Func<Task<bool>> call) => Guard<bool>(call);
}
