package id.go.kemnaker.blk.console;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import id.go.kemnaker.blk.launch.RunControl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's web settings: Indonesian unless the user switches to English ({@code ?lang=en}, kept in a
 * cookie), the database gate around every request that reads the job repository (see {@link RunControl}), and
 * an upload limit that answers 413 rather than dropping the connection.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration implements WebMvcConfigurer {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final RunControl control;

	WebConfiguration(RunControl control) {
		this.control = control;
	}

	/**
	 * The console's texts ({@code i18n/console_*}) and, for the reject reasons and anything else shared, the
	 * reports' own bundles ({@code i18n/report_*}): the pages say what the workbooks say.
	 */
	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/console", "i18n/report");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(INDONESIAN);
		return source;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("BLKLANG");
		resolver.setDefaultLocale(INDONESIAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor language = new LocaleChangeInterceptor();
		language.setParamName("lang");
		language.setIgnoreInvalidLocale(true);
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws jakarta.servlet.ServletException {
				String lang = request.getParameter("lang");
				// only the two languages of the reports; anything else is ignored
				return lang == null || lang.equals("id") || lang.equals("en") ? language.preHandle(request, response, handler)
						: true;
			}
		});
		registry.addInterceptor(new DatabaseGate(control))
			.excludePathPatterns("/login", "/denied", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
					"/favicon.ico");
	}

	/**
	 * Tomcat reads an over-size upload to its end (up to the limit and a margin) before it answers 413;
	 * otherwise it would close the connection and the browser or script would see no answer at all.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> uploadSwallow(
			@Value("${blk.console.max-upload:100MB}") DataSize maxUpload) {
		return factory -> factory.addConnectorCustomizers(connector -> {
			if (connector.getProtocolHandler() instanceof org.apache.coyote.http11.AbstractHttp11Protocol<?> http) {
				http.setMaxSwallowSize((int) Math.min(Integer.MAX_VALUE, maxUpload.toBytes() + DataSize.ofMegabytes(10).toBytes()));
			}
		});
	}

	/** Opens the way to the database for one request ({@link RunControl#enter()}) and closes it after the answer. */
	static final class DatabaseGate implements HandlerInterceptor {

		private static final String ENTERED = DatabaseGate.class.getName() + ".entered";

		private final RunControl control;

		DatabaseGate(RunControl control) {
			this.control = control;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (handler instanceof org.springframework.web.servlet.resource.ResourceHttpRequestHandler) {
				return true;
			}
			control.enter();
			request.setAttribute(ENTERED, Boolean.TRUE);
			return true;
		}

		@Override
		public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception ex) {
			if (request.getAttribute(ENTERED) != null) {
				request.removeAttribute(ENTERED);
				control.leave();
			}
		}
	}
}
