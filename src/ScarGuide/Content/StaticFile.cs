namespace ScarGuide.Content;

/// <summary>A file copied as it is (images, downloads), with its pixel size when it is an image we can measure.</summary>
public sealed record StaticFile(string SourcePath, string FullPath, string OutputPath, long Length);
