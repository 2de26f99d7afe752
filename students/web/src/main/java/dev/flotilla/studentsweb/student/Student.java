package dev.flotilla.studentsweb.student;

/**
 * One student as the API lists it; the age is the API's string, shown as is.
 *
 * @param name the student's name
 * @param age the student's age
 */
record Student(String name, String age) {

	/** The line the seed's page printed for a student. */
	public String seedLine() {
		return "- " + this.name + " is " + this.age + " years old";
	}

}
