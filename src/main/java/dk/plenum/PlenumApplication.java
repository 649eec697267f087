package dk.plenum;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Plenum: a live companion for council and board meetings. */
@SpringBootApplication
public class PlenumApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlenumApplication.class, args);
    }
}
