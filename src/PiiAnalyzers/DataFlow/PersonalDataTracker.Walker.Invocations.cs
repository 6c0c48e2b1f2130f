using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Analyzers;

namespace PiiAnalyzers.DataFlow;

/// <summary>The walk over a call: what a method's result carries, by what kind of method it is.</summary>
public sealed partial class PersonalDataTracker
{
    private sealed partial class Walker
    {
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

            // foreach, as the control-flow graph writes it: the loop variable is enumerator.Current, the enumerator comes
            // from the collection; what was read into the collection is in each element.
            if (method.Name == "GetEnumerator" && invocation.Instance is not null)
            {
                return Visit(invocation.Instance, Mode.Direct, depth);
            }

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

            if (_tracker.Is(type, _tracker._convert) || WellKnownTypes.InheritsFrom(type, _tracker._encoding))
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
                PersonalDataFlow? source = null;
                for (var i = 0; i < invocation.Arguments.Length; i++)
                {
                    var argument = invocation.Arguments[i].Value;
                    if (argument is IDelegateCreationOperation)
                    {
                        if (i > 0)
                        {
                            BindQueryElement(argument, source ??= Visit(invocation.Arguments[0].Value, Mode.Direct, depth));
                        }

                        flow = flow.Union(VisitAll(LambdaReturns(argument), mode, depth));
                    }
                    else if (!(projects && i == 0))
                    {
                        var visited = Visit(argument, Mode.Direct, depth);
                        source ??= i == 0 ? visited : null;
                        flow = flow.Union(visited);
                    }
                }

                return flow;
            }

            // A method of the compilation returns what its summary says, its parameters replaced by the arguments.
            if (_tracker.ReturnedByCall(method, invocation.Arguments, mode, this) is { } returned)
            {
                return returned;
            }

            // ChatMessage.CreateUserMessage(prompt): a factory of another assembly builds an object of its own type from its
            // arguments, as a constructor does (see VisitCreation), and the object carries them.
            if (IsFactory(method))
            {
                return VisitAll(arguments, mode, depth);
            }

            // Any other method that returns text may put its text arguments into it (a formatting helper, an unmarked
            // masking helper): follow what was read into them, not the whole objects passed, which it may only query.
            return _tracker.IsText(method.ReturnType)
                ? Visit(invocation.Instance, Mode.Direct, depth).Union(VisitAll(arguments, Mode.Direct, depth))
                : PersonalDataFlow.None;
        }

        private static bool IsFactory(IMethodSymbol method) =>
            method.IsStatic && method.DeclaringSyntaxReferences.IsEmpty && method.Name.StartsWith("Create", System.StringComparison.Ordinal)
            && WellKnownTypes.InheritsFrom(method.ReturnType, method.ContainingType?.OriginalDefinition);

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
    }
}
