namespace Legacy;

public sealed class CustomerGenerated
{
    public override string ToString() => new Customer().Phone;
}
