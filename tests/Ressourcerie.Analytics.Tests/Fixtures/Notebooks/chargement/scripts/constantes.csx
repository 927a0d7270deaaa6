const int Constante = 42;
