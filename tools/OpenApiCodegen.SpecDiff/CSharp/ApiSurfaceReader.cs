using Microsoft.CodeAnalysis;

namespace OpenApiCodegen.SpecDiff.CSharp;

/// <summary>Reads the public API of the code a compilation declares (its own assembly, not its references).</summary>
internal static class ApiSurfaceReader
{
    private static readonly SymbolDisplayFormat Plain = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private static readonly SymbolDisplayFormat Annotated = Plain.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static ApiSurface Read(Compilation compilation)
    {
        var types = new Dictionary<string, ApiType>(StringComparer.Ordinal);
        // An explicit stack: a namespace or type nesting a spec can make deep is never walked by recursion.
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            var container = pending.Pop();
            foreach (var member in container.GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    pending.Push(ns);
                }
                else if (member is INamedTypeSymbol type && IsVisible(type))
                {
                    var read = ReadType(type);
                    types[read.Name] = read;
                    pending.Push(type);
                }
            }
        }

        return new ApiSurface(types);
    }

    private static bool IsVisible(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static ApiType ReadType(INamedTypeSymbol type)
    {
        var name = type.ToDisplayString(Plain);
        var kind = type.TypeKind switch
        {
            TypeKind.Interface => "interface",
            TypeKind.Enum => "enum",
            TypeKind.Struct => "struct",
            TypeKind.Delegate => "delegate",
            _ => "class",
        };
        var modifiers = type.IsStatic ? "static" : type.TypeKind != TypeKind.Class ? "" : type.IsAbstract ? "abstract" : type.IsSealed ? "sealed" : "";
        var baseType = type.BaseType is { SpecialType: not (SpecialType.System_Object or SpecialType.System_Enum or SpecialType.System_ValueType) } b
            ? b.ToDisplayString(Plain)
            : null;
        var members = new Dictionary<string, ApiMember>(StringComparer.Ordinal);
        foreach (var symbol in type.GetMembers())
        {
            if (symbol.IsImplicitlyDeclared && !(symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } && type.TypeKind == TypeKind.Class)
                || !IsVisible(symbol) || ReadMember(name, symbol) is not { } member)
            {
                continue;
            }

            members[member.Key] = member;
        }

        var display = $"{(modifiers.Length == 0 ? "" : modifiers + " ")}{kind} {name}{(baseType is null ? "" : " : " + baseType)}";
        return new ApiType(name, kind, modifiers, baseType, members, display);
    }

    private static ApiMember? ReadMember(string owner, ISymbol symbol)
    {
        switch (symbol)
        {
            case IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.Ordinary } method:
            {
                var isConstructor = method.MethodKind == MethodKind.Constructor;
                var name = isConstructor ? ".ctor" : method.Name;
                var parameters = method.Parameters.Select(ReadParameter).ToList();
                var key = $"{name}{(method.IsGenericMethod ? "`" + method.TypeParameters.Length : "")}({string.Join(", ", parameters.Select(p => p.Type))})";
                var returns = isConstructor ? "" : method.ReturnType.ToDisplayString(Plain);
                var annotatedReturns = isConstructor ? "" : method.ReturnType.ToDisplayString(Annotated);
                var signature = $"{(method.IsStatic ? "static " : "")}{owner}.{name}({string.Join(", ", parameters.Select(Describe))})";
                return new ApiMember(owner, name, key, isConstructor ? ApiMemberKind.Constructor : ApiMemberKind.Method, returns, annotatedReturns,
                    method.IsStatic, false, false, parameters, isConstructor ? signature + " -> void" : signature + " -> " + annotatedReturns);
            }

            case IPropertySymbol property:
            {
                var canWrite = property.SetMethod is { } setter && IsVisible(setter);
                var parameters = property.Parameters.Select(ReadParameter).ToList();
                var name = property.IsIndexer ? "this[]" : property.Name;
                var key = property.IsIndexer ? $"this[{string.Join(", ", parameters.Select(p => p.Type))}]" : name;
                var accessors = canWrite ? (property.SetMethod!.IsInitOnly ? "get; init;" : "get; set;") : "get;";
                var annotated = property.Type.ToDisplayString(Annotated);
                return new ApiMember(owner, name, key, ApiMemberKind.Property, property.Type.ToDisplayString(Plain), annotated,
                    property.IsStatic, property.IsRequired, canWrite, parameters,
                    $"{(property.IsStatic ? "static " : "")}{(property.IsRequired ? "required " : "")}{owner}.{key} {{ {accessors} }} -> {annotated}");
            }

            case IFieldSymbol field:
            {
                var annotated = field.Type.ToDisplayString(Annotated);
                var isEnumMember = field.ContainingType.TypeKind == TypeKind.Enum;
                var canWrite = !field.IsReadOnly && !field.IsConst && !isEnumMember;
                return new ApiMember(owner, field.Name, field.Name, ApiMemberKind.Field, field.Type.ToDisplayString(Plain), annotated,
                    field.IsStatic || field.IsConst, false, canWrite, [],
                    isEnumMember ? $"{owner}.{field.Name} = {field.ConstantValue}" : $"{(field.IsConst ? "const " : field.IsStatic ? "static " : "")}{(field.IsReadOnly ? "readonly " : "")}{owner}.{field.Name} -> {annotated}");
            }

            case IEventSymbol @event:
            {
                var annotated = @event.Type.ToDisplayString(Annotated);
                return new ApiMember(owner, @event.Name, @event.Name, ApiMemberKind.Event, @event.Type.ToDisplayString(Plain), annotated,
                    @event.IsStatic, false, true, [], $"{owner}.{@event.Name} -> event {annotated}");
            }

            default:
                return null;
        }
    }

    private static ApiParameter ReadParameter(IParameterSymbol parameter) => new(
        parameter.Name,
        parameter.Type.ToDisplayString(Plain),
        parameter.Type.ToDisplayString(Annotated),
        parameter.IsOptional || parameter.IsParams,
        parameter.RefKind switch { RefKind.Ref => "ref ", RefKind.Out => "out ", RefKind.In => "in ", _ => "" });

    private static string Describe(ApiParameter parameter)
        => $"{parameter.RefKind}{parameter.AnnotatedType} {parameter.Name}{(parameter.IsOptional ? " = default" : "")}";
}
