package com.acme;

public class HalfMerged {
<<<<<<< HEAD
  static int retries = 3;
=======
  static int retries = 5;
>>>>>>> feature
}
