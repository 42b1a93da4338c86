using System.Collections.Generic;
using System.Linq;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit;

/// <summary>
/// XML doc comments. Text from the spec is escaped so any description is valid XML; text the
/// generator writes itself (fallbacks, remarks) is already XML and may use tags such as &lt;c&gt;.
/// </summary>
internal static class DocComments
{
    public static void Write(SourceWriter writer, Documentation docs, string fallbackSummaryXml, IEnumerable<string>? extraRemarksXml = null)
    {
        WriteXml(writer, "summary", docs.Summary is null ? fallbackSummaryXml : Escape(docs.Summary));
        var remarks = new List<string>();
        if (docs.Remarks is not null)
        {
            remarks.Add(Escape(docs.Remarks));
        }

        remarks.AddRange(extraRemarksXml ?? Enumerable.Empty<string>());
        if (remarks.Count > 0)
        {
            WriteXml(writer, "remarks", string.Join("\n", remarks));
        }
    }

    /// <summary>Writes an element whose content is already XML; one line when it fits on one.</summary>
    public static void WriteXml(SourceWriter writer, string element, string xml, string attributes = "")
    {
        var lines = xml.Replace("\r", string.Empty).Split('\n').Select(l => l.TrimEnd()).ToList();
        if (lines.Count == 1)
        {
            writer.Line("/// <" + element + attributes + ">" + lines[0] + "</" + element + ">");
            return;
        }

        writer.Line("/// <" + element + attributes + ">");
        foreach (var line in lines)
        {
            writer.Line(line.Length == 0 ? "///" : "/// " + line);
        }

        writer.Line("/// </" + element + ">");
    }

    public static void Obsolete(SourceWriter writer, Documentation docs)
    {
        if (docs.Deprecated)
        {
            writer.Line("[global::System.Obsolete(\"Deprecated in the OpenAPI description.\")]");
        }
    }

    public static string Escape(string text)
        => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", string.Empty);
}
