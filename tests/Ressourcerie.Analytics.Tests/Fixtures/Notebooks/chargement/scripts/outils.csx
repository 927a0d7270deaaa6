#r "nuget: MathNet.Numerics, 5.0.0"
#load "constantes.csx"
string Saluer(string ville) => $"Bonjour {ville}";
