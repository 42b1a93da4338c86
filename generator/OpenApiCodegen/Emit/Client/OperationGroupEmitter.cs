using System.Linq;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Emit.Client;

/// <summary>
/// Emits one group of operations (a tag): its public interface and its implementation. The root
/// group (untagged operations) extends the root client instead, as a partial part of it.
/// </summary>
internal static class OperationGroupEmitter
{
    public static string Emit(ClientEmission emission)
    {
        var group = emission.Group;
        var names = emission.Names;
        var isRoot = group.PropertyName is null;
        var writer = GeneratedFile.Start(emission.SpecPath);
        using (writer.FileNamespace(emission.Namespace))
        {
            DocComments.WriteXml(writer, "summary", group.Description is null
                ? (isRoot ? "The operations of " + names.Client + "." : "The " + group.PropertyName + " operations.")
                : DocComments.Escape(group.Description));
            WriteGeneratedCode(writer, isRoot);
            using (writer.Block("public partial interface " + group.InterfaceName))
            {
                var first = true;
                foreach (var operation in group.Operations)
                {
                    if (!first)
                    {
                        writer.Line();
                    }

                    first = false;
                    OperationEmitter.WriteDeclarations(writer, operation, emission.Namespace, names);
                    PagerEmitter.WriteDeclaration(writer, operation, emission.Namespace, names);
                }
            }

            writer.Line();
            WriteGeneratedCode(writer, isRoot);
            var header = isRoot
                ? "public partial class " + group.ClassName
                : "internal sealed partial class " + group.ClassName + " : " + ClientCode.Full(emission.Namespace, group.InterfaceName);
            using (writer.Block(header))
            {
                foreach (var operation in group.Operations)
                {
                    OperationEmitter.WriteSecurityField(writer, operation);
                }

                if (!isRoot)
                {
                    writer.Line();
                    writer.Line("private readonly " + ClientCode.Runtime + ".ApiClientCore " + HelperNames.CoreField + ";");
                    writer.Line();
                    writer.Line("public " + group.ClassName + "(" + ClientCode.Runtime + ".ApiClientCore core) => " + HelperNames.CoreField + " = core;");
                }

                foreach (var operation in group.Operations)
                {
                    writer.Line();
                    OperationEmitter.WriteImplementation(writer, operation, emission.Namespace, names);
                    PagerEmitter.WriteImplementation(writer, operation, emission.Namespace, names);
                }
            }

            foreach (var operation in group.Operations.Where(o => o.Result.Shape == ResultShape.PerStatus))
            {
                writer.Line();
                ResultClassEmitter.Write(writer, operation, emission.Namespace);
            }

            foreach (var operation in group.Operations.Where(o => o.ResponseHeaders is not null))
            {
                writer.Line();
                ResponseHeadersEmitter.Write(writer, operation, emission.Namespace, names);
            }
        }

        return writer.ToString();
    }

    // The root client's other part (the shell) already carries the attribute; it may appear once.
    private static void WriteGeneratedCode(SourceWriter writer, bool isRoot)
    {
        if (!isRoot)
        {
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
        }
    }
}
