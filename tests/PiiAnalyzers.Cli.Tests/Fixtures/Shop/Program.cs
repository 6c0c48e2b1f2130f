namespace Shop;

public static class Program
{
    public static void Main()
    {
    }
}
