using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using EntityVerify = PiiAnalyzers.Tests.Analyzers.StorageVerifier<PiiAnalyzers.Analyzers.EntityStorageAnalyzer>;
using ExceptionVerify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.ExceptionMessageAnalyzer>;
using SharingVerify = PiiAnalyzers.Tests.Analyzers.StorageVerifier<PiiAnalyzers.Analyzers.PersonalDataSharingAnalyzer>;
using StorageVerify = PiiAnalyzers.Tests.Analyzers.StorageVerifier<PiiAnalyzers.Analyzers.PersonalDataStorageAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>Inferred personal data reaches every leak rule but PII0004 (which reports declarations, not flows).</summary>
public class InferredLeakRulesTests
{
    private const string Applicant = """
        public class Applicant
        {
            public int Id { get; set; }
            public string IdCardNumber { get; set; } = "";
            public string MobilePhone { get; set; } = "";
        }
        """;

    private static DiagnosticResult Inferred(DiagnosticDescriptor descriptor, int location, params object[] arguments) =>
        new DiagnosticResult(descriptor).WithLocation(location).WithSeverity(DiagnosticSeverity.Info).WithArguments(arguments);

    [Fact]
    public async Task Storage_InferredSensitiveData_WrittenToAFile()
    {
        await StorageVerify.VerifyAsync(Applicant + """

            public class Archive
            {
                public void Save(Applicant applicant, string path)
                {
                    System.IO.File.WriteAllText(path, {|#0:applicant.IdCardNumber|});
                    System.IO.File.WriteAllText(path, applicant.MobilePhone);
                }
            }
            """,
            Inferred(DiagnosticDescriptors.PersonalDataStoredUnencryptedInferred, 0, "Applicant.IdCardNumber (identity.national-id)", "File.WriteAllText", "IdCardNumber"));
    }

    [Fact]
    public async Task EntityStorage_InferredSensitiveProperty_OfAnEntity()
    {
        await EntityVerify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class Applicant
            {
                public int Id { get; set; }
                public string {|#0:IdCardNumber|} { get; set; } = "";
                public string MobilePhone { get; set; } = "";
            }

            public class HiringContext : DbContext
            {
                public DbSet<Applicant> Applicants => Set<Applicant>();
            }
            """,
            Inferred(DiagnosticDescriptors.EntityPropertyStoredUnencryptedInferred, 0, "Applicant.IdCardNumber (identity.national-id)", "HiringContext", "IdCardNumber"));
    }

    [Fact]
    public async Task ExceptionMessage_InferredData()
    {
        await ExceptionVerify.VerifyAsync(Applicant + """

            public class Screening
            {
                public void Check(Applicant applicant) =>
                    throw new System.InvalidOperationException({|#0:"No record for " + applicant.MobilePhone|});
            }
            """,
            Inferred(DiagnosticDescriptors.PersonalDataInExceptionMessageInferred, 0, "Applicant.MobilePhone (contact.phone)", "InvalidOperationException", "MobilePhone"));
    }

    [Fact]
    public async Task Sharing_InferredData_InARequest()
    {
        await SharingVerify.VerifyAsync(Applicant + """

            public class Verification
            {
                public System.Threading.Tasks.Task Send(System.Net.Http.HttpClient client, Applicant applicant) =>
                    client.PostAsync("https://kyc.example/check", new System.Net.Http.StringContent({|#0:applicant.IdCardNumber|}));
            }
            """,
            Inferred(DiagnosticDescriptors.PersonalDataSharedUndeclaredInferred, 0, "Applicant.IdCardNumber (identity.national-id)", "https://kyc.example/check", "IdCardNumber"));
    }
}
