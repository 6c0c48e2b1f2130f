using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Model;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.Model;

/// <summary>A compilation of test source and a fresh personal-data model over it, with helpers to find symbols by name.</summary>
internal sealed class ModelHost
{
    private ModelHost(CSharpCompilation compilation, AnalyzerOptions? options)
    {
        Compilation = compilation;
        Model = PersonalDataModel.Create(compilation, options);
    }

    public CSharpCompilation Compilation { get; }

    public PersonalDataModel Model { get; }

    /// <summary>Compiles source that must have no errors, so that a test never passes because its code did not bind.</summary>
    public static ModelHost Create(string source, AnalyzerOptions? options = null) =>
        Create([source], options);

    public static ModelHost Create(string[] sources, AnalyzerOptions? options = null)
    {
        var compilation = TestCompilation.Create(sources);
        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        return new ModelHost(compilation, options);
    }

    /// <summary>Compiles source that has errors on purpose; each expected error id must be among them.</summary>
    public static ModelHost CreateWithErrors(string source, params string[] expectedErrorIds)
    {
        var compilation = TestCompilation.Create(source);
        var errorIds = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.Id).ToHashSet();
        foreach (var expected in expectedErrorIds)
        {
            Assert.True(errorIds.Contains(expected), $"Expected error {expected}; the compilation has: {string.Join(", ", errorIds)}");
        }

        return new ModelHost(compilation, options: null);
    }

    /// <summary>A model over an existing compilation (a second, fresh model over the same symbols).</summary>
    public static PersonalDataModel FreshModel(ModelHost host, AnalyzerOptions? options = null) =>
        PersonalDataModel.Create(host.Compilation, options);

    public INamedTypeSymbol Type(string metadataName) =>
        Compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException($"No type {metadataName}.");

    /// <summary>The one field or property of that name declared by the type.</summary>
    public ISymbol Member(string typeMetadataName, string memberName)
    {
        var members = Type(typeMetadataName).GetMembers(memberName).Where(member => member is IFieldSymbol or IPropertySymbol).ToList();
        return Assert.Single(members);
    }

    public IFieldSymbol Field(string typeMetadataName, string fieldName) =>
        Assert.IsAssignableFrom<IFieldSymbol>(Member(typeMetadataName, fieldName));

    public IPropertySymbol Property(string typeMetadataName, string propertyName) =>
        Assert.IsAssignableFrom<IPropertySymbol>(Member(typeMetadataName, propertyName));

    /// <summary>A parameter of the one method (or constructor, ".ctor") of that name.</summary>
    public IParameterSymbol Parameter(string typeMetadataName, string methodName, string parameterName)
    {
        var methods = Type(typeMetadataName).GetMembers(methodName).OfType<IMethodSymbol>().ToList();
        var method = Assert.Single(methods);
        return Assert.Single(method.Parameters, parameter => parameter.Name == parameterName);
    }

    /// <summary>A parameter of the type's instance constructor that declares it (a primary constructor's, for instance).</summary>
    public IParameterSymbol ConstructorParameter(string typeMetadataName, string parameterName) =>
        Assert.Single(
            Type(typeMetadataName).InstanceConstructors.SelectMany(constructor => constructor.Parameters),
            parameter => parameter.Name == parameterName);

    public PersonalDataMember? Get(string typeMetadataName, string memberName) =>
        Model.GetMember(Member(typeMetadataName, memberName));

    public PersonalDataMember GetRequired(string typeMetadataName, string memberName)
    {
        var member = Get(typeMetadataName, memberName);
        Assert.NotNull(member);
        return member;
    }
}
