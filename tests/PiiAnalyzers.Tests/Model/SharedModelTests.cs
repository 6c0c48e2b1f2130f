using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Model;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.Model;

public class SharedModelTests
{
    [Fact]
    public void AnalyzersOfOneCompilationWithTheSameOptions_ShareOneModel()
    {
        var compilation = TestCompilation.Create("public class Customer { }");
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);

        Assert.Same(PersonalDataModel.GetOrCreate(compilation, options), PersonalDataModel.GetOrCreate(compilation, options));
    }

    [Fact]
    public void OtherOptionsOrAnotherCompilation_GetAModelOfTheirOwn()
    {
        var compilation = TestCompilation.Create("public class Customer { }");
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        var shared = PersonalDataModel.GetOrCreate(compilation, options);

        Assert.NotSame(shared, PersonalDataModel.GetOrCreate(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)));
        Assert.NotSame(shared, PersonalDataModel.GetOrCreate(compilation.WithAssemblyName("Other"), options));
        Assert.NotSame(shared, PersonalDataModel.Create(compilation, options));
    }
}
