// Placeholder until the sandbox lands (issue 3).
int main() { return 0; }
