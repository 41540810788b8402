using ScarGuide.Pipeline;

namespace ScarGuide.Assets;

/// <summary>Copies SVG and GIF images and other non-Markdown input files, and theme assets other than CSS and JS, as they are.</summary>
public sealed class CopyStaticFiles : IStep
{
    public string Name => "static files";

    // Raster photos are published as their variants (ProcessImages), never as they are.
    public void Run(BuildContext context) => context.Work.ForEach(context.StaticFiles.Where(f => !context.Images.Covers(f.OutputPath)).ToList(), file =>
    {
        try
        {
            if (file.Content is { } bytes) context.Output.Write(file.OutputPath, bytes);
            else context.Output.Copy(file.OutputPath, file.FullPath);
        }
        catch (IOException ex)
        {
            context.Diagnostics.Error("copy-failed", file.SourcePath, 0, 0, $"The file could not be copied: {ex.Message}", "Check that the file is readable.");
        }
    });
}
