using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit;

/// <summary>Picks the emitter for a type model.</summary>
internal static class TypeEmitter
{
    public static string Emit(TypeEmission emission) => emission.Type switch
    {
        ObjectModel model => ObjectEmitter.Emit(emission, model),
        EnumModel model => EnumEmitter.Emit(emission, model),
        UnionModel model => UnionEmitter.Emit(emission, model),
        _ => throw new System.NotSupportedException("No emitter for " + emission.Type.GetType().Name),
    };
}
