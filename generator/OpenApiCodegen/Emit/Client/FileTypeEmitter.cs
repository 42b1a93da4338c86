using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit.Client;

/// <summary>Emits the file type multipart operations take for their binary parts.</summary>
internal static class FileTypeEmitter
{
    public static string Emit(ClientShellModel shell)
    {
        var name = shell.Names.File;
        var writer = GeneratedFile.Start(shell.SpecPath);
        using (writer.FileNamespace(shell.Namespace))
        {
            writer.Line("/// <summary>A file to upload in a multipart/form-data request. The stream is read when the request is sent, and again on a retry when it can seek.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            using (writer.Block("public sealed partial class " + name))
            {
                writer.Line("/// <summary>A file to upload: its bytes, and optionally the file name and media type to send with them.</summary>");
                using (writer.Block("public " + name + "(global::System.IO.Stream content, string? fileName = null, string? contentType = null)"))
                {
                    writer.Line("Content = content ?? throw new global::System.ArgumentNullException(nameof(content));");
                    writer.Line("FileName = fileName;");
                    writer.Line("ContentType = contentType;");
                }

                writer.Line();
                writer.Line("/// <summary>The file's bytes.</summary>");
                writer.Line("public global::System.IO.Stream Content { get; }");
                writer.Line();
                writer.Line("/// <summary>The file name sent with the part; the part's name when null.</summary>");
                writer.Line("public string? FileName { get; }");
                writer.Line();
                writer.Line("/// <summary>The part's media type; application/octet-stream when null.</summary>");
                writer.Line("public string? ContentType { get; }");
            }
        }

        return writer.ToString();
    }
}
