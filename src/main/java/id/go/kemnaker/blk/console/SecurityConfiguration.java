package id.go.kemnaker.blk.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may do what. Browser pages: form login, a session cookie (HttpOnly, SameSite=Lax), CSRF tokens on every
 * form and htmx request. Scripts: {@code /api} with HTTP Basic, no session, 401/403 answered in JSON. Both
 * share the users, the roles (VIEWER looks and downloads; OPERATOR also launches, stops, restarts, abandons,
 * uploads and reads the audit log) and the login throttle. Every answer carries a Content-Security-Policy that
 * allows only the console's own scripts and styles, and may not be framed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
			+ " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self';"
			+ " object-src 'none'";

	@Bean
	UserDetailsService consoleUsers(@Value("${blk.console.users:}") String users,
			@Value("${blk.console.users-file:}") String usersFile) {
		List<UserDetails> details = ConsoleUsers.load(users, usersFile).stream()
			.map(u -> User.withUsername(u.name())
				.password(u.password())
				.roles(u.role() == ConsoleUsers.Role.OPERATOR ? new String[] { "OPERATOR", "VIEWER" }
						: new String[] { "VIEWER" })
				.build())
			.toList();
		log.info("console users: {}", details.stream()
			.map(d -> d.getUsername() + (d.getAuthorities().size() > 1 ? " (OPERATOR)" : " (VIEWER)"))
			.toList());
		return new InMemoryUserDetailsManager(details);
	}

	@Bean
	LoginThrottle loginThrottle() {
		return new LoginThrottle(Clock.systemUTC());
	}

	@Bean
	AuthenticationManager consoleAuthentication(UserDetailsService users, LoginThrottle throttle) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return new ProviderManager(new ThrottledProvider(dao, throttle));
	}

	/** {@code /api}: HTTP Basic for scripts, no session and no CSRF token (no cookie to forge a request with). */
	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager authentication) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, e) -> {
			if (e instanceof LoginThrottledException t) {
				response.setHeader("Retry-After", Long.toString(t.seconds()));
				json(response, 429, "too_many_failed_logins", t.getMessage());
				return;
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"blk-pipeline\", charset=\"UTF-8\"");
			json(response, 401, "unauthorized",
					"log in with HTTP Basic (curl -u NAME:PASSWORD); a console user is needed, see README, Console");
		};
		AccessDeniedHandler forbidden = (request, response, e) -> json(response, 403, "forbidden",
				"this needs the OPERATOR role; your user may only look and download");
		http.securityMatcher("/api/**")
			.authenticationManager(authentication)
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/api/audit").hasRole("OPERATOR")
				.requestMatchers(HttpMethod.GET, "/api/**").hasRole("VIEWER")
				.anyRequest().hasRole("OPERATOR"))
			.httpBasic(b -> b.realmName("blk-pipeline").authenticationEntryPoint(unauthorized))
			.exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.requestCache(c -> c.disable())
			.headers(ConsoleHeaders::apply);
		return http.build();
	}

	/** The pages: form login with CSRF protection. */
	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authentication) throws Exception {
		// after login, back to the page asked for, as it was asked for (without Spring Security's "?continue")
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		http.authenticationManager(authentication)
			.requestCache(c -> c.requestCache(cache))
			.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
				.requestMatchers("/login", "/denied", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico")
				.permitAll()
				.requestMatchers("/launch", "/audit", "/runs/*/stop", "/runs/*/restart", "/runs/*/abandon", "/inputs/*")
				.hasRole("OPERATOR")
				.anyRequest().hasRole("VIEWER"))
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/runs", false).failureHandler((request, response, e) -> {
				response.sendRedirect(request.getContextPath()
						+ (e instanceof LoginThrottledException ? "/login?blocked" : "/login?error"));
			}).permitAll())
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("BLKSESSION"))
			.exceptionHandling(e -> e.accessDeniedPage("/denied").defaultAuthenticationEntryPointFor((request, response, ex) -> {
				// a live part of a page after the session ended: the whole page goes to the login form
				response.setHeader("HX-Redirect", request.getContextPath() + "/login");
				response.setStatus(401);
			}, request -> request.getHeader("HX-Request") != null))
			.headers(ConsoleHeaders::apply);
		return http.build();
	}

	private static void json(HttpServletResponse response, int status, String error, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message.replace("\\", "\\\\")
			.replace("\"", "\\\"") + "\"}");
	}

	/** The security headers of every answer. */
	static final class ConsoleHeaders {

		private ConsoleHeaders() {
		}

		static void apply(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
			h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
				.frameOptions(f -> f.deny())
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
		}
	}

	/** Refused because of too many failed logins; says for how long. */
	static final class LoginThrottledException extends AuthenticationException {

		private final long seconds;

		LoginThrottledException(Duration left) {
			super("too many failed logins: try again in " + Math.max(1, left.toSeconds()) + " s");
			this.seconds = Math.max(1, left.toSeconds());
		}

		long seconds() {
			return seconds;
		}
	}

	/** Checks the throttle before the password and counts the outcome; the same for form login and Basic. */
	static final class ThrottledProvider implements AuthenticationProvider {

		private final AuthenticationProvider delegate;
		private final LoginThrottle throttle;

		ThrottledProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
			this.delegate = delegate;
			this.throttle = throttle;
		}

		@Override
		public Authentication authenticate(Authentication authentication) throws AuthenticationException {
			String name = authentication.getName();
			String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "?";
			Duration left = throttle.blockedFor(name, address);
			if (!left.isZero()) {
				throw new LoginThrottledException(left);
			}
			try {
				Authentication done = delegate.authenticate(authentication);
				throttle.succeeded(name, address);
				return done;
			}
			catch (BadCredentialsException | org.springframework.security.core.userdetails.UsernameNotFoundException e) {
				throttle.failed(name, address);
				log.warn("console: failed login for '{}' from {}",
						id.go.kemnaker.blk.ingest.PersonalData.maskIdentifiers(name).replaceAll("[^A-Za-z0-9._@*-]", "?"),
						address);
				throw e;
			}
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return delegate.supports(authentication);
		}
	}
}
