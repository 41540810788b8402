using ScarGuide.Deploy;

namespace ScarGuide.Cli.Deploy;

/// <summary>Opens the store a target URL names, with credentials from the environment (each SDK's usual chain).</summary>
internal static class RemoteStores
{
    public static IRemoteStore Open(TargetAddress address) => address.Scheme switch
    {
        "s3" => new S3Store(address),
        "azblob" => AzureBlobStore.FromEnvironment(address),
        _ => throw new DeployException($"'{address.Scheme}://' is not a deploy target scheme: use s3:// or azblob://."),
    };
}
