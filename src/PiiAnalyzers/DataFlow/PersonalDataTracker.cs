using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// Says what personal data a value carries, following it within one method body: reads of personal members and
/// parameters; strings built from them (concatenation, interpolation, <c>string.Format</c>, <c>StringBuilder</c>,
/// <c>ToString()</c>); locals assigned from any of these until they are reassigned; whole objects whose type holds
/// personal data, and collections of them; text returned by any method from text arguments that carry personal data;
/// what a JSON serializer returns (<c>JsonSerializer.Serialize</c>, <c>JsonConvert.SerializeObject</c>,
/// <c>JsonContent.Create</c>), which carries every personal member of the object serialized.
/// Sanitizers (see <see cref="Sanitizers"/>) and reads of a non-identifying property or method (<c>.Length</c>,
/// <c>.Count</c>, <c>string.IsNullOrEmpty</c>: anything that returns a number or a flag) stop the flow.
/// </summary>
/// <remarks>
/// Create one per compilation (in a compilation-start action) and share it; it is thread-safe. The analysis does not
/// look into called methods: a method that returns text is assumed to carry the text passed to it, unless it is a
/// sanitizer (mark a helper with <c>[PersonalDataSanitizer]</c> when its result is safe).
/// </remarks>
public sealed class PersonalDataTracker
{
    // Nesting of expressions and locals a value is followed through; deeper, it counts as carrying nothing more.
    private const int MaxDepth = 40;

    // Nesting of object types whose members are listed (Order → Customer → Address).
    private const int MaxTypeDepth = 4;

    private static readonly ImmutableHashSet<string> MutatorNames = ImmutableHashSet.Create(
        "Append", "AppendLine", "AppendFormat", "AppendJoin", "Insert", "Replace",
        "Add", "AddRange", "AddFirst", "AddLast", "Push", "Enqueue", "TryAdd", "Set", "SetValue");

    // Serializers write every member of the object they are given: what they return carries the whole object.
    private static readonly ImmutableArray<string> SerializerTypeNames = ImmutableArray.Create(
        "System.Text.Json.JsonSerializer", "Newtonsoft.Json.JsonConvert", "System.Net.Http.Json.JsonContent");

    private readonly ConcurrentDictionary<ISymbol, PersonalDataSource> _sources = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<PersonalDataMember, PersonalDataSource> _frameworkCalls = new();
    private readonly FrameworkSources _framework;
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<PersonalDataSource>> _wholeObjects = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<PersonalDataSource>> _toStringExposures = new(SymbolEqualityComparer.Default);
    private readonly INamedTypeSymbol? _stringBuilder;
    private readonly INamedTypeSymbol? _convert;
    private readonly INamedTypeSymbol? _encoding;
    private readonly INamedTypeSymbol? _enumerable;
    private readonly INamedTypeSymbol? _formattableString;
    private readonly ImmutableArray<INamedTypeSymbol> _serializers;

    private PersonalDataTracker(Compilation compilation, PersonalDataModel model, Sanitizers sanitizers)
    {
        Model = model;
        Sanitizers = sanitizers;
        _framework = new FrameworkSources(compilation, model.Taxonomy);
        _stringBuilder = compilation.GetTypeByMetadataName("System.Text.StringBuilder");
        _convert = compilation.GetTypeByMetadataName("System.Convert");
        _encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
        _enumerable = compilation.GetTypeByMetadataName("System.Linq.Enumerable");
        _formattableString = compilation.GetTypeByMetadataName("System.FormattableString");
        _serializers = SerializerTypeNames
            .Select(compilation.GetTypeByMetadataName)
            .Where(serializer => serializer is not null)
            .Select(serializer => serializer!)
            .ToImmutableArray();
    }

    public PersonalDataModel Model { get; }

    public Sanitizers Sanitizers { get; }

    /// <param name="compilation">The compilation the operations come from.</param>
    /// <param name="model">The compilation's personal-data model.</param>
    /// <param name="sanitizers">The compilation's sanitizers.</param>
    public static PersonalDataTracker Create(Compilation compilation, PersonalDataModel model, Sanitizers sanitizers) =>
        new(compilation, model, sanitizers);

    /// <summary>The personal data <paramref name="value"/> carries when used as <paramref name="use"/> says; <see cref="PersonalDataFlow.None"/> when none.</summary>
    /// <param name="value">An expression's operation, with its parents (as analyzer callbacks give it), so that locals can be followed.</param>
    /// <param name="use">Whether the value itself reaches the sink or is converted to text first.</param>
    /// <param name="cancellationToken">Cancels a long walk.</param>
    public PersonalDataFlow Track(IOperation value, ValueUse use = ValueUse.AsValue, CancellationToken cancellationToken = default) =>
        new Walker(this, cancellationToken).Visit(value, use == ValueUse.AsText ? Mode.Text : Mode.Value, 0);

    /// <summary>
    /// The source for a marked (or, in a leak model, inferred) field, property or parameter, or for a framework property that
    /// is personal data (<see cref="FrameworkSourceTable"/>); null when it is not personal data.
    /// </summary>
    public PersonalDataSource? GetSource(ISymbol symbol)
    {
        // What the code marks wins; then what the framework says a value is; a guess from the name comes last.
        var member = Model.GetMember(symbol);
        if (member is { Origin: not PersonalDataOrigin.Inferred })
        {
            return _sources.GetOrAdd(member.Symbol, _ => new PersonalDataSource(member));
        }

        if (symbol is IPropertySymbol property && _framework.ForProperty(property) is { } framework)
        {
            return _sources.GetOrAdd(framework.Symbol, _ => new PersonalDataSource(framework));
        }

        return member is null ? null : _sources.GetOrAdd(member.Symbol, _ => new PersonalDataSource(member));
    }

    // A call whose result is personal data by what it is: UserManager.GetEmailAsync, FindFirst(ClaimTypes.Email).
    private PersonalDataSource? GetSource(IInvocationOperation invocation) =>
        _framework.ForInvocation(invocation) is { } framework ? _frameworkCalls.GetOrAdd(framework, member => new PersonalDataSource(member)) : null;

    /// <summary>
    /// The personal members an object of this type holds, its own, those of the objects it holds, and those of a
    /// collection's elements: what a structured logger or serializer could write.
    /// </summary>
    public ImmutableArray<PersonalDataSource> GetWholeObjectSources(ITypeSymbol type) =>
        _wholeObjects.GetOrAdd(type, t =>
        {
            var sources = ImmutableArray.CreateBuilder<PersonalDataSource>();
            CollectWholeObject(t, sources, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0);
            return sources.ToImmutable();
        });

    /// <summary>
    /// The personal members the type's <c>ToString</c> prints: every public one for a record's compiler-generated
    /// ToString (and those its members' ToString print), the ones a user-written override or <c>PrintMembers</c> names.
    /// Empty for <c>object.ToString</c>, which prints the type name, and for overrides compiled into other assemblies.
    /// </summary>
    public ImmutableArray<PersonalDataSource> GetToStringExposure(ITypeSymbol type) =>
        _toStringExposures.GetOrAdd(type, t => ToStringExposure(t, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0));

    /// <summary>The user-written <c>ToString()</c> override a type uses, or <c>PrintMembers</c> for a record; null when the compiler's or object's is used.</summary>
    public static IMethodSymbol? FindUserWrittenToString(INamedTypeSymbol type)
    {
        var toString = FindToString(type);
        if (toString is not null && !IsGenerated(toString))
        {
            return toString;
        }

        return type.IsRecord ? FindUserWrittenPrintMembers(type) : null;
    }

    /// <summary>A record's own <c>PrintMembers(StringBuilder)</c> when the user wrote it.</summary>
    public static IMethodSymbol? FindUserWrittenPrintMembers(INamedTypeSymbol type) =>
        type.GetMembers("PrintMembers").OfType<IMethodSymbol>().FirstOrDefault(method => method.Parameters.Length == 1 && !IsGenerated(method));

    private void CollectWholeObject(ITypeSymbol type, ImmutableArray<PersonalDataSource>.Builder sources, HashSet<ITypeSymbol> visited, int depth)
    {
        if (depth > MaxTypeDepth || !visited.Add(type))
        {
            return;
        }

        if (type is IArrayTypeSymbol array)
        {
            CollectWholeObject(array.ElementType, sources, visited, depth + 1);
            return;
        }

        if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None || !Model.ContainsPersonalData(named))
        {
            return;
        }

        foreach (var member in Model.GetPersonalMembers(named))
        {
            if (GetSource(member.Symbol) is { } source && !sources.Contains(source))
            {
                sources.Add(source);
            }
        }

        foreach (var argument in named.TypeArguments)
        {
            CollectWholeObject(argument, sources, visited, depth + 1);
        }

        foreach (var member in InstanceData(named))
        {
            if (Model.GetMember(member) is null)
            {
                CollectWholeObject(TypeOf(member), sources, visited, depth + 1);
            }
        }
    }

    private ImmutableArray<PersonalDataSource> ToStringExposure(ITypeSymbol type, HashSet<ITypeSymbol> visited, int depth)
    {
        if (depth > MaxTypeDepth
            || type is not INamedTypeSymbol named
            || named.SpecialType != SpecialType.None
            || named.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.Interface or TypeKind.Error or TypeKind.TypeParameter
            || !Model.ContainsPersonalData(named)
            || !visited.Add(named))
        {
            return ImmutableArray<PersonalDataSource>.Empty;
        }

        var userWritten = FindUserWrittenToString(named);
        if (userWritten is not null)
        {
            return ExposureByNames(named, userWritten, visited, depth);
        }

        if (!named.IsRecord)
        {
            return ImmutableArray<PersonalDataSource>.Empty;
        }

        // The generated PrintMembers prints every public instance field and property, its own and its base records'.
        var sources = ImmutableArray.CreateBuilder<PersonalDataSource>();
        foreach (var member in InstanceData(named).Where(member => member.DeclaredAccessibility == Accessibility.Public))
        {
            if (GetSource(member) is { } source)
            {
                sources.Add(source);
            }
            else
            {
                sources.AddRange(ToStringExposure(TypeOf(member), visited, depth + 1).Where(nested => !sources.Contains(nested)));
            }
        }

        return sources.ToImmutable();
    }

    // A user-written ToString or PrintMembers from source: the personal members whose names its body mentions. Reading
    // names, not binding, keeps the analysis free of semantic models for other files.
    private ImmutableArray<PersonalDataSource> ExposureByNames(INamedTypeSymbol type, IMethodSymbol method, HashSet<ITypeSymbol> visited, int depth)
    {
        var names = new HashSet<string>();
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            foreach (var name in reference.GetSyntax().DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (!IsNonIdentifyingRead(name))
                {
                    names.Add(name.Identifier.ValueText);
                }
            }
        }

        // The method's own type's primary-constructor parameters are in scope in its body too.
        var sources = ImmutableArray.CreateBuilder<PersonalDataSource>();
        var inScope = InstanceData(type).Concat(PersonalDataModel.PrimaryConstructorParameters(method.ContainingType));
        foreach (var member in inScope.Where(member => names.Contains(member.Name)))
        {
            if (GetSource(member) is { } source)
            {
                sources.Add(source);
                continue;
            }

            // $"{Customer.Email}" or $"{Customer}" in Order.ToString.
            var memberType = TypeOf(member);
            if (memberType is INamedTypeSymbol nested)
            {
                foreach (var personal in Model.GetPersonalMembers(nested))
                {
                    if (names.Contains(personal.Symbol.Name) && GetSource(personal.Symbol) is { } nestedSource && !sources.Contains(nestedSource))
                    {
                        sources.Add(nestedSource);
                    }
                }
            }

            sources.AddRange(ToStringExposure(memberType, visited, depth + 1).Where(nested => !sources.Contains(nested)));
        }

        return sources.ToImmutable();
    }

    // Email.Length, Email.Count, nameof(Email): the name is mentioned, the data is not printed.
    private static bool IsNonIdentifyingRead(IdentifierNameSyntax name)
    {
        if (name.Parent is MemberAccessExpressionSyntax access && access.Expression == name
            && access.Name.Identifier.ValueText is "Length" or "Count" or "HasValue" or "GetHashCode")
        {
            return true;
        }

        return name.Ancestors().OfType<InvocationExpressionSyntax>().Any(invocation =>
            invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" }
            || (invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsNullOrEmpty" or "IsNullOrWhiteSpace" }));
    }

    private static IMethodSymbol? FindToString(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            foreach (var member in current.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { Parameters.Length: 0, IsStatic: false } method)
                {
                    return method;
                }
            }
        }

        return null;
    }

    private static bool IsGenerated(IMethodSymbol method) =>
        method.IsImplicitlyDeclared
        || method.GetAttributes().Any(attribute => attribute.AttributeClass?.Name == "CompilerGeneratedAttribute");

    // The instance state of a type and its bases, as the model counts it, each name once (most derived first).
    private static IEnumerable<ISymbol> InstanceData(INamedTypeSymbol type)
    {
        var seen = new HashSet<string>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                var isData = !member.IsStatic
                    && member switch
                    {
                        IFieldSymbol field => !field.IsConst && !field.IsImplicitlyDeclared,
                        IPropertySymbol property => !property.IsIndexer && property.Name != "EqualityContract",
                        _ => false,
                    };
                if (isData && seen.Add(member.Name))
                {
                    yield return member;
                }
            }
        }
    }

    private static ITypeSymbol TypeOf(ISymbol member) =>
        member switch
        {
            IFieldSymbol field => field.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => ((IPropertySymbol)member).Type,
        };

    private bool IsText(ITypeSymbol? type) =>
        type switch
        {
            null => false,
            { SpecialType: SpecialType.System_String } => true,
            IArrayTypeSymbol array => array.ElementType.SpecialType is SpecialType.System_String or SpecialType.System_Char,
            INamedTypeSymbol named when SymbolEqualityComparer.Default.Equals(named, _stringBuilder) => true,
            INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named =>
                named.TypeArguments[0].SpecialType is SpecialType.System_Char or SpecialType.System_String
                && named.Name is "ReadOnlySpan" or "Span" or "ReadOnlyMemory" or "Memory" or "IEnumerable" or "List" or "IList" or "IReadOnlyList" or "ICollection" or "IReadOnlyCollection",
            _ => false,
        };

    private bool IsSerializer(ITypeSymbol? type) => _serializers.Any(serializer => Is(type, serializer));

    private bool Is(ITypeSymbol? type, INamedTypeSymbol? wellKnown) =>
        wellKnown is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, wellKnown);

    private bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? wellKnown)
    {
        for (var current = type; current is not null && wellKnown is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, wellKnown))
            {
                return true;
            }
        }

        return false;
    }

    private enum Mode
    {
        // The value reaches the sink as it is: an object carries every personal member its type holds.
        Value,

        // The value is converted to text: an object carries what its ToString prints.
        Text,

        // Only the data read into the value counts, not what its type holds: the instance of a property read.
        Direct,
    }

    /// <summary>A write to a local: where it happens, the values it puts there, and whether it replaces what was there.</summary>
    private readonly struct LocalWrite
    {
        public LocalWrite(IOperation anchor, ImmutableArray<IOperation> values, bool kills, Mode? mode)
        {
            Anchor = anchor;
            Values = values;
            Kills = kills;
            Mode = mode;
        }

        public IOperation Anchor { get; }

        public ImmutableArray<IOperation> Values { get; }

        public bool Kills { get; }

        public Mode? Mode { get; }
    }

    /// <summary>One walk over one value; not shared between threads.</summary>
    private sealed class Walker
    {
        private readonly PersonalDataTracker _tracker;
        private readonly CancellationToken _cancellationToken;
        private readonly HashSet<ILocalSymbol> _localsInProgress = new(SymbolEqualityComparer.Default);

        public Walker(PersonalDataTracker tracker, CancellationToken cancellationToken)
        {
            _tracker = tracker;
            _cancellationToken = cancellationToken;
        }

        public PersonalDataFlow Visit(IOperation? operation, Mode mode, int depth)
        {
            if (operation is null || depth > MaxDepth)
            {
                return PersonalDataFlow.None;
            }

            _cancellationToken.ThrowIfCancellationRequested();
            var flow = VisitCore(operation, mode, depth + 1);
            if (mode == Mode.Direct || operation.Type is not { } type || operation is IConversionOperation)
            {
                return flow;
            }

            var byType = mode == Mode.Value ? _tracker.GetWholeObjectSources(type) : _tracker.GetToStringExposure(type);
            return byType.IsEmpty ? flow : flow.Union(PersonalDataFlow.From(byType, operation.Syntax));
        }

        private PersonalDataFlow VisitAll(IEnumerable<IOperation?> operations, Mode mode, int depth)
        {
            var flow = PersonalDataFlow.None;
            foreach (var operation in operations)
            {
                flow = flow.Union(Visit(operation, mode, depth));
            }

            return flow;
        }

        private PersonalDataFlow VisitCore(IOperation operation, Mode mode, int depth)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    return Visit(conversion.Operand, mode, depth);
                case IParenthesizedOperation parenthesized:
                    return Visit(parenthesized.Operand, mode, depth);
                case IArgumentOperation argument:
                    return Visit(argument.Value, mode, depth);
                case IInterpolatedStringHandlerCreationOperation handler:
                    return Visit(handler.Content, Mode.Text, depth);
                case IInterpolatedStringOperation interpolated:
                    return VisitAll(interpolated.Parts.Select(InterpolatedValue), Mode.Text, depth);
                case IBinaryOperation binary:
                    return VisitBinary(binary, depth);
                case IUnaryOperation unary:
                    return unary.Type?.SpecialType == SpecialType.System_Boolean ? PersonalDataFlow.None : Visit(unary.Operand, mode, depth);
                case IConditionalOperation conditional:
                    return Visit(conditional.WhenTrue, mode, depth).Union(Visit(conditional.WhenFalse, mode, depth));
                case ICoalesceOperation coalesce:
                    return Visit(coalesce.Value, mode, depth).Union(Visit(coalesce.WhenNull, mode, depth));
                case ISwitchExpressionOperation switchExpression:
                    return VisitAll(switchExpression.Arms.Select(arm => arm.Value), mode, depth);
                case IConditionalAccessOperation conditionalAccess:
                    return Visit(conditionalAccess.WhenNotNull, mode, depth);
                case IConditionalAccessInstanceOperation instance:
                    return Visit(ConditionalAccessReceiver(instance), Mode.Direct, depth);
                case IAwaitOperation awaited:
                    return Visit(awaited.Operation, mode, depth);
                case ITupleOperation tuple:
                    return VisitAll(tuple.Elements, mode, depth);
                case IArrayCreationOperation arrayCreation:
                    return Visit(arrayCreation.Initializer, mode, depth);
                case IArrayInitializerOperation initializer:
                    return VisitAll(initializer.ElementValues, mode, depth);
                case ICollectionExpressionOperation collection:
                    return VisitAll(collection.Elements, mode, depth);
                case ISpreadOperation spread:
                    return Visit(spread.Operand, Mode.Direct, depth);
                case IAnonymousObjectCreationOperation anonymous:
                    return VisitAll(anonymous.Initializers.Select(initializer => initializer is ISimpleAssignmentOperation assignment ? assignment.Value : initializer), mode, depth);
                case IObjectCreationOperation creation:
                    return VisitCreation(creation, mode, depth);
                case ISimpleAssignmentOperation assignment:
                    return Visit(assignment.Value, mode, depth);
                case ICompoundAssignmentOperation compound:
                    return Visit(compound.Target, mode, depth).Union(Visit(compound.Value, mode, depth));
                case ICoalesceAssignmentOperation coalesceAssignment:
                    return Visit(coalesceAssignment.Target, mode, depth).Union(Visit(coalesceAssignment.Value, mode, depth));
                case ILocalReferenceOperation local:
                    return VisitLocal(local, mode, depth);
                case IParameterReferenceOperation parameter:
                    return FromSymbol(parameter.Parameter, parameter);
                case IFieldReferenceOperation field:
                    return VisitMember(field, field.Field, field.Instance, field.Field.Type, depth);
                case IPropertyReferenceOperation property when property.Property.IsIndexer:
                    return Visit(property.Instance, Mode.Direct, depth);
                case IPropertyReferenceOperation property:
                    return VisitMember(property, property.Property, property.Instance, property.Property.Type, depth);
                case IArrayElementReferenceOperation element:
                    return Visit(element.ArrayReference, Mode.Direct, depth);
                case IInvocationOperation invocation:
                    return VisitInvocation(invocation, mode, depth);
                default:
                    return PersonalDataFlow.None;
            }
        }

        private static IOperation? InterpolatedValue(IInterpolatedStringContentOperation part) =>
            part switch
            {
                IInterpolationOperation interpolation => interpolation.Expression,
                IInterpolatedStringAppendOperation { Kind: OperationKind.InterpolatedStringAppendFormatted, AppendCall: IInvocationOperation { Arguments.Length: > 0 } call } => call.Arguments[0].Value,
                _ => null,
            };

        private PersonalDataFlow VisitBinary(IBinaryOperation binary, int depth)
        {
            if (binary.Type?.SpecialType == SpecialType.System_String)
            {
                return Visit(binary.LeftOperand, Mode.Text, depth).Union(Visit(binary.RightOperand, Mode.Text, depth));
            }

            // Arithmetic on a personal number (Age + 1) is still personal; a comparison is not.
            return binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply
                    or BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder or BinaryOperatorKind.Concatenate
                && binary.Type?.SpecialType != SpecialType.System_Boolean
                ? Visit(binary.LeftOperand, Mode.Direct, depth).Union(Visit(binary.RightOperand, Mode.Direct, depth))
                : PersonalDataFlow.None;
        }

        private PersonalDataFlow VisitCreation(IObjectCreationOperation creation, Mode mode, int depth)
        {
            var argumentMode = _tracker.IsText(creation.Type) ? Mode.Text : mode;
            var flow = VisitAll(creation.Arguments.Select(argument => argument.Value), argumentMode, depth);
            if (creation.Initializer is { } initializer)
            {
                foreach (var item in initializer.Initializers)
                {
                    flow = flow.Union(item switch
                    {
                        ISimpleAssignmentOperation assignment => Visit(assignment.Value, mode, depth),
                        IInvocationOperation add => VisitAll(add.Arguments.Select(argument => argument.Value), mode, depth),
                        _ => PersonalDataFlow.None,
                    });
                }
            }

            return flow;
        }

        private PersonalDataFlow FromSymbol(ISymbol symbol, IOperation read) =>
            _tracker.GetSource(symbol) is { } source ? PersonalDataFlow.From(new[] { source }, read.Syntax) : PersonalDataFlow.None;

        private PersonalDataFlow VisitMember(IOperation read, ISymbol member, IOperation? instance, ITypeSymbol memberType, int depth)
        {
            var flow = FromSymbol(member, read);
            if (!flow.IsEmpty)
            {
                return flow;
            }

            // customer.Address.City when Address is personal: text read from personal data is personal. A number or a
            // flag read from it (.Length, .Count, .HasValue) is not, and neither is an unmarked member of a personal type.
            return instance is not null && !member.IsStatic && _tracker.IsText(memberType)
                ? Visit(instance, Mode.Direct, depth)
                : PersonalDataFlow.None;
        }

        private PersonalDataFlow VisitInvocation(IInvocationOperation invocation, Mode mode, int depth)
        {
            var method = invocation.TargetMethod;
            if (_tracker.Sanitizers.IsSanitizer(method, invocation.Syntax.SyntaxTree))
            {
                return PersonalDataFlow.None;
            }

            if (_tracker.GetSource(invocation) is { } framework)
            {
                return PersonalDataFlow.From(new[] { framework }, invocation.Syntax);
            }

            var type = method.ContainingType;
            var arguments = invocation.Arguments.Select(argument => argument.Value);

            if (method.Name == "ToString" && invocation.Instance is not null)
            {
                return Visit(invocation.Instance, Mode.Text, depth);
            }

            if (type?.SpecialType == SpecialType.System_String)
            {
                if (method.IsStatic && method.Name == "Join")
                {
                    // string.Join prints each element: a collection of records prints what each record's ToString does.
                    var flow = VisitAll(arguments, Mode.Text, depth);
                    foreach (var argument in invocation.Arguments)
                    {
                        if (ElementType(argument.Value) is { } element)
                        {
                            var exposure = _tracker.GetToStringExposure(element);
                            flow = exposure.IsEmpty ? flow : flow.Union(PersonalDataFlow.From(exposure, argument.Value.Syntax));
                        }
                    }

                    return flow;
                }

                return method.IsStatic && method.Name is "Format" or "Concat" or "Create" || _tracker.IsText(method.ReturnType)
                    ? Visit(invocation.Instance, Mode.Text, depth).Union(VisitAll(arguments, Mode.Text, depth))
                    : PersonalDataFlow.None;
            }

            if (_tracker.Is(type, _tracker._stringBuilder) || _tracker.Is(type, _tracker._formattableString))
            {
                return _tracker.IsText(method.ReturnType)
                    ? Visit(invocation.Instance, Mode.Text, depth).Union(VisitAll(arguments, Mode.Text, depth))
                    : PersonalDataFlow.None;
            }

            if (_tracker.Is(type, _tracker._convert) || _tracker.InheritsFrom(type, _tracker._encoding))
            {
                // Base64 and hex are encodings, not protection.
                return VisitAll(arguments, Mode.Text, depth);
            }

            // JsonSerializer.Serialize(customer), JsonConvert.SerializeObject(customer), JsonContent.Create(customer): the
            // result holds every member of the object, as a structured logger would write it.
            if (method.IsStatic && _tracker.IsSerializer(type) && (method.Name.StartsWith("Serialize", System.StringComparison.Ordinal) || method.Name == "Create"))
            {
                return VisitAll(arguments, Mode.Value, depth);
            }

            if (_tracker.Is(type, _tracker._enumerable))
            {
                // Count(), Any(), Contains() say how many or whether, not who.
                if (method.ReturnType.SpecialType is SpecialType.System_Boolean or SpecialType.System_Int32 or SpecialType.System_Int64)
                {
                    return PersonalDataFlow.None;
                }

                // Select(x => x.Id) yields what the selector returns, not its source (the first argument); Where, OrderBy,
                // Distinct, ToList keep the source's elements.
                var projects = method.Name is "Select" or "SelectMany";
                var flow = PersonalDataFlow.None;
                for (var i = 0; i < invocation.Arguments.Length; i++)
                {
                    var argument = invocation.Arguments[i].Value;
                    if (argument is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
                    {
                        flow = flow.Union(VisitAll(ReturnedValues(lambda), mode, depth));
                    }
                    else if (!(projects && i == 0))
                    {
                        flow = flow.Union(Visit(argument, Mode.Direct, depth));
                    }
                }

                return flow;
            }

            // Any other method that returns text may put its text arguments into it (a formatting helper, an unmarked
            // masking helper): follow what was read into them, not the whole objects passed, which it may only query.
            return _tracker.IsText(method.ReturnType)
                ? Visit(invocation.Instance, Mode.Direct, depth).Union(VisitAll(arguments, Mode.Direct, depth))
                : PersonalDataFlow.None;
        }

        private static ITypeSymbol? ElementType(IOperation value)
        {
            var type = value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand.Type : value.Type;
            return type switch
            {
                IArrayTypeSymbol array => array.ElementType,
                INamedTypeSymbol { IsGenericType: true, SpecialType: SpecialType.None } named => WellKnownTypes.EnumerableElement(named),
                _ => null,
            };
        }

        private static IEnumerable<IOperation?> ReturnedValues(IAnonymousFunctionOperation lambda) =>
            lambda.Body.Descendants()
                .OfType<IReturnOperation>()
                .Where(ret => NearestLambda(ret) == lambda)
                .Select(ret => ret.ReturnedValue);

        private static IAnonymousFunctionOperation? NearestLambda(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation lambda)
                {
                    return lambda;
                }
            }

            return null;
        }

        // The receiver the '?.' tested: that of the nearest conditional access whose WhenNotNull part the instance is in.
        private static IOperation? ConditionalAccessReceiver(IConditionalAccessInstanceOperation instance)
        {
            IOperation child = instance;
            for (var current = instance.Parent; current is not null; child = current, current = current.Parent)
            {
                if (current is IConditionalAccessOperation access && access.WhenNotNull == child)
                {
                    return access.Operation;
                }
            }

            return null;
        }

        // What a local holds where it is read: the writes before the read, each replacing what came before when it
        // runs on every path to the read (in a block that encloses the read), joining it otherwise (a branch, a loop);
        // writes later in an enclosing loop join too.
        private PersonalDataFlow VisitLocal(ILocalReferenceOperation read, Mode mode, int depth)
        {
            var local = read.Local;
            if (!_localsInProgress.Add(local))
            {
                return PersonalDataFlow.None;
            }

            try
            {
                var position = read.Syntax.SpanStart;
                var flow = PersonalDataFlow.None;
                foreach (var write in Writes(Root(read), local).OrderBy(write => write.Anchor.Syntax.SpanStart))
                {
                    var valueMode = write.Mode ?? mode;
                    if (write.Anchor.Syntax.Span.End > position)
                    {
                        if (write.Anchor.Syntax.SpanStart > position && InEnclosingLoop(write.Anchor, read))
                        {
                            flow = flow.Union(VisitAll(write.Values, valueMode, depth));
                        }

                        continue;
                    }

                    var written = VisitAll(write.Values, valueMode, depth);
                    flow = write.Kills && Dominates(write.Anchor, read) ? written : flow.Union(written);
                }

                return flow;
            }
            finally
            {
                _localsInProgress.Remove(local);
            }
        }

        private IEnumerable<LocalWrite> Writes(IOperation root, ILocalSymbol local)
        {
            var mutable = local.Type.SpecialType != SpecialType.System_String;
            var textMode = _tracker.Is(local.Type, _tracker._stringBuilder) ? Mode.Text : (Mode?)null;
            foreach (var operation in root.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when Same(declarator.Symbol, local) && operation.Parent is not IForEachLoopOperation:
                        yield return new LocalWrite(declarator, Values(declarator.GetVariableInitializer()?.Value), kills: true, mode: null);
                        break;
                    case ISimpleAssignmentOperation assignment when IsLocal(assignment.Target, local):
                        yield return new LocalWrite(assignment, Values(assignment.Value), kills: true, mode: null);
                        break;
                    case ICompoundAssignmentOperation compound when IsLocal(compound.Target, local):
                        yield return new LocalWrite(compound, Values(compound.Value), kills: false, mode: null);
                        break;
                    case ICoalesceAssignmentOperation coalesce when IsLocal(coalesce.Target, local):
                        yield return new LocalWrite(coalesce, Values(coalesce.Value), kills: false, mode: null);
                        break;
                    case IForEachLoopOperation loop when loop.Locals.Any(candidate => Same(candidate, local)):
                        yield return new LocalWrite(loop.Collection, Values(loop.Collection), kills: true, mode: Mode.Direct);
                        break;
                    case IDeclarationPatternOperation pattern when Same(pattern.DeclaredSymbol, local):
                        yield return new LocalWrite(pattern, Values((pattern.Parent as IIsPatternOperation)?.Value), kills: true, mode: null);
                        break;
                    case IArgumentOperation { Parameter.RefKind: RefKind.Out } argument when IsLocal(argument.Value, local):
                        yield return new LocalWrite(argument, ImmutableArray<IOperation>.Empty, kills: true, mode: null);
                        break;
                    case IInvocationOperation invocation when mutable && MutatorNames.Contains(invocation.TargetMethod.Name) && IsLocal(ReceiverRoot(invocation), local):
                        yield return new LocalWrite(invocation, invocation.Arguments.Select(argument => argument.Value).ToImmutableArray(), kills: false, mode: textMode);
                        break;
                }
            }
        }

        private static ImmutableArray<IOperation> Values(IOperation? value) =>
            value is null ? ImmutableArray<IOperation>.Empty : ImmutableArray.Create(value);

        private static bool Same(ISymbol? symbol, ILocalSymbol local) => SymbolEqualityComparer.Default.Equals(symbol, local);

        private static bool IsLocal(IOperation? operation, ILocalSymbol local) =>
            operation switch
            {
                ILocalReferenceOperation reference => Same(reference.Local, local),
                IDeclarationExpressionOperation declaration => IsLocal(declaration.Expression, local),
                IConversionOperation { IsImplicit: true } conversion => IsLocal(conversion.Operand, local),
                _ => false,
            };

        // sb.Append(a).Append(b): the local the chain starts from.
        private static IOperation? ReceiverRoot(IInvocationOperation invocation)
        {
            var receiver = invocation.Instance;
            while (receiver is IInvocationOperation inner)
            {
                receiver = inner.Instance;
            }

            return receiver;
        }

        private static IOperation Root(IOperation operation)
        {
            var current = operation;
            while (current.Parent is not null)
            {
                current = current.Parent;
            }

            return current;
        }

        // Whether the write runs on every path to the read: it is a statement of a block that encloses the read.
        private static bool Dominates(IOperation write, IOperation read)
        {
            for (var current = write; current.Parent is { } parent; current = parent)
            {
                switch (parent)
                {
                    case IBlockOperation block:
                        return block.Syntax.Span.Contains(read.Syntax.Span);
                    case IConditionalOperation or ILoopOperation or ISwitchOperation or ISwitchCaseOperation or ISwitchExpressionOperation
                        or ICoalesceOperation or IConditionalAccessOperation or IAnonymousFunctionOperation or ILocalFunctionOperation
                        or ITryOperation or ICatchClauseOperation or IIsPatternOperation:
                        return false;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr }:
                        return false;
                }
            }

            return false;
        }

        private static bool InEnclosingLoop(IOperation write, IOperation read)
        {
            for (var current = read.Parent; current is not null; current = current.Parent)
            {
                if (current is ILoopOperation loop && loop.Syntax.Span.Contains(write.Syntax.Span))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
