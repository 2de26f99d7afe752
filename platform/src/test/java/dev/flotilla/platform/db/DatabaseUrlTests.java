package dev.flotilla.platform.db;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseUrlTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					postgresql://u:p@h:5432/db                          | jdbc:postgresql://h:5432/db         | u     | p       | org.postgresql.Driver
					postgresql+psycopg2://usine:usine@db:5432/usine     | jdbc:postgresql://db:5432/usine     | usine | usine   | org.postgresql.Driver
					postgres://app@db/shop                              | jdbc:postgresql://db:5432/shop      | app   | -       | org.postgresql.Driver
					postgresql://u:p@h/db?sslmode=require               | jdbc:postgresql://h:5432/db?sslmode=require | u | p     | org.postgresql.Driver
					mysql+pymysql://clinic:s3cret@db:3306/clinic        | jdbc:mariadb://db:3306/clinic       | clinic | s3cret | org.mariadb.jdbc.Driver
					mysql+pymysql://c:p@db/clinic?charset=utf8mb4       | jdbc:mariadb://db:3306/clinic       | c     | p       | org.mariadb.jdbc.Driver
					mariadb://root@127.0.0.1:3307/test                  | jdbc:mariadb://127.0.0.1:3307/test  | root  | -       | org.mariadb.jdbc.Driver
					postgresql://us%40er:p%3Aw%2Fd%25@h:1/db            | jdbc:postgresql://h:1/db            | us@er | p:w/d%  | org.postgresql.Driver
					postgresql://h/db                                   | jdbc:postgresql://h:5432/db         | -     | -       | org.postgresql.Driver
					""")
	void mapsSeedStyleUrlsToJdbc(String url, String jdbcUrl, String username, String password, String driver) {
		DatabaseUrl parsed = DatabaseUrl.parse(url);
		assertThat(parsed.jdbcUrl()).isEqualTo(jdbcUrl);
		assertThat(parsed.username()).isEqualTo(username);
		assertThat(parsed.password()).isEqualTo(password);
		assertThat(parsed.driverClassName()).isEqualTo(driver);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "sqlite:///data.db", "postgresql://u:p@/db", "postgresql://u:p@h:5432/",
			"postgresql://u:secret pass@h/db", "not a url" })
	void rejectsUnsupportedOrMalformedUrlsWithoutEchoingThem(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse(url))
			.withMessageNotContaining("secret")
			.withMessageNotContaining("pass");
	}

}
