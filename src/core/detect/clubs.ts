/**
 * Football clubs as English sports copy names them, where the name is no town's, country's or
 * region's alone (those the whole-article pass already types by their readings as a club and a
 * place). The model, trained on web and social text, misses or mistypes many in running text
 * («Rosenborg took the lead», «a win over Rayo» read as a person); in a sports report they are the
 * clubs. Written from general knowledge for this project, not taken from any corpus.
 */
export const FOOTBALL_CLUBS: readonly string[] = [
	// England and Scotland
	'Arsenal', 'Aston Villa', 'Everton', 'Tottenham', 'Tottenham Hotspur', 'West Ham', 'West Ham United', 'Manchester United', 'Manchester City',
	'Nottingham Forest', 'Sheffield Wednesday', 'Sheffield United', 'Queens Park Rangers', 'Crystal Palace', 'Blackburn Rovers', 'Bolton Wanderers',
	'Wolverhampton Wanderers', 'Tranmere Rovers', 'Port Vale', 'Millwall', 'Leeds United', 'Newcastle United', 'Coventry City',
	'Leicester City', 'Derby County', 'Celtic', 'Hibernian', 'Motherwell', 'Kilmarnock', 'Dunfermline', 'Raith Rovers', 'Dundee United',
	// Spain
	'Real Madrid', 'Atletico Madrid', 'Deportivo Coruna', 'Deportivo', 'Celta Vigo', 'Celta', 'Rayo Vallecano', 'Rayo', 'Real Betis', 'Betis',
	'Espanyol', 'Real Sociedad', 'Athletic Bilbao', 'Real Zaragoza', 'Sporting Gijon', 'Real Oviedo', 'Racing Santander',
	// Italy
	'Juventus', 'Inter Milan', 'AC Milan', 'Lazio', 'Sampdoria', 'Fiorentina', 'Udinese', 'Atalanta', 'Reggiana', 'Napoli', 'Torino',
	// Germany and Austria
	'Bayern Munich', 'Bayern', 'Borussia Dortmund', 'Borussia Moenchengladbach', 'Werder Bremen', 'Hansa Rostock', 'Arminia Bielefeld', 'Schalke',
	'Bayer Leverkusen', 'VfB Stuttgart', 'VfL Bochum', 'Fortuna Duesseldorf', 'MSV Duisburg', 'St Pauli', 'Eintracht Frankfurt', 'Rapid Vienna',
	'Austria Vienna', 'Sturm Graz',
	// France, the Low Countries, Portugal
	'Paris St Germain', 'Paris Saint-Germain', 'Olympique Marseille', 'Ajax', 'PSV Eindhoven', 'PSV', 'Feyenoord', 'Vitesse',
	'Vitesse Arnhem', 'Roda JC', 'Willem II', 'NAC Breda', 'Sparta Rotterdam', 'Fortuna Sittard', 'Anderlecht',
	'Club Brugge', 'Standard Liege', 'Benfica', 'Boavista', 'Vitoria Guimaraes', 'Maritimo',
	// elsewhere in Europe
	'Galatasaray', 'Fenerbahce', 'Besiktas', 'Trabzonspor', 'Olympiakos', 'Panathinaikos', 'AEK Athens', 'Rosenborg', 'Brondby', 'IFK Gothenburg',
	'Grasshoppers', 'Dynamo Kiev', 'Spartak Moscow', 'CSKA Moscow', 'Steaua Bucharest', 'Red Star Belgrade', 'Partizan Belgrade', 'Widzew Lodz',
	'Legia Warsaw', 'Ferencvaros', 'Sparta Prague', 'Slavia Prague', 'Croatia Zagreb', 'Hajduk Split',
	// South America
	'Boca Juniors', 'River Plate', 'Flamengo', 'Vasco da Gama', 'Gremio', 'Palmeiras', 'Corinthians', 'Penarol', 'Colo Colo', 'Cruzeiro',
	'Independiente', 'Racing Club', 'Velez Sarsfield', 'Estudiantes', 'Cerro Porteno', 'Universidad Catolica',
	// more of Europe, and the short forms copy uses (not «Inter», which opens «Inter-American»)
	'Spurs', 'Wolves', 'Atletico', 'Roma', 'Juve', 'Hertha Berlin', 'Hertha', 'Werder', 'Eintracht', 'Paris SG', 'PSG', 'AS Monaco',
	'Olympique Lyon', 'Olympique Lyonnais', 'Girondins Bordeaux', 'Racing Strasbourg', 'Stade Rennes', 'De Graafschap', 'AS Roma',
	'RKC Waalwijk', 'Go Ahead Eagles', 'Lierse', 'Germinal Ekeren', 'Cercle Brugge', 'Racing Genk', 'Excelsior Mouscron', 'Vitoria Setubal',
	'Salgueiros', 'Farense', 'Estrela Amadora', 'Belenenses', 'Uniao Leiria', 'Gil Vicente', 'St Johnstone', 'Partick Thistle',
	'Heart of Midlothian', 'Hamilton Academical',
	// clubs of the present decade's copy, where the name is no town's alone
	'Inter Miami', 'LA Galaxy', 'RB Leipzig', 'Union Berlin', 'Red Bull Salzburg', 'Shakhtar Donetsk', 'Dinamo Zagreb', 'Sporting Lisbon', 'Sporting CP',
	'FC Porto', 'Osasuna', 'Al Nassr', 'Al-Nassr', 'Al Hilal', 'Al-Hilal', 'Al Ittihad', 'Al-Ittihad', 'Al Ahly', 'Zamalek', 'Wydad Casablanca',
	'Raja Casablanca', 'Mamelodi Sundowns', 'Kaizer Chiefs', 'Orlando Pirates',
];

/**
 * Football clubs as Arabic sports copy spells them (with the usual variants of hamza, «ي» / «ى»,
 * «غ» / «ج» for g), where the name is no town's the news names as a place too (not «مدريد»,
 * «ميلانو», «روما», «مرسيليا»: the whole-article pass and the match rules type those by context),
 * nor a common word («الهلال», crescent; «النصر», victory; «الاتحاد»; «الرجاء», hope; «الوحدات»,
 * units), nor a person's («بولتون» alone: John Bolton at the UN). ANERcorp tags clubs ORG.
 * Barcelona and Liverpool are in: Arabic copy names the club by the bare name in almost every
 * sports mention. Written from general knowledge for this project.
 */
export const ARABIC_FOOTBALL_CLUBS: readonly string[] = [
	// England and Scotland
	'مانشستر يونايتد', 'مانشستر سيتي', 'مان يونايتد', 'تشيلسي', 'تشلسي', 'تشيلسى', 'أرسنال', 'ارسنال', 'آرسنال', 'توتنهام', 'توتنهام هوتسبير',
	'إيفرتون', 'ايفرتون', 'أستون فيلا', 'استون فيلا', 'نيوكاسل', 'نيوكاسل يونايتد', 'نيوكاسيل', 'وست هام', 'وستهام', 'ويستهام', 'وست هام يونايتد',
	'بلاكبيرن', 'بلاكبيرن روفرز', 'بولتون واندررز', 'ميدلسبره', 'ميدلسبرة', 'ميدلزبره', 'ميدلزبرة', 'بورتسموث', 'تشارلتون', 'ويجان',
	'ويغان', 'واتفورد', 'ريدينج', 'ريدنغ', 'ريدينغ', 'شيفيلد يونايتد', 'شيفلد يونايتد', 'شيفيلد وينزداي', 'شيفلد وينزداي', 'فولهام', 'سندرلاند',
	'ساوثهامبتون', 'ساوثهامتون', 'ليدز يونايتد', 'ليستر سيتي', 'كريستال بالاس', 'نوتنغهام فورست', 'نوتنجهام فورست', 'ديربي كاونتي',
	'كوينز بارك رينجرز', 'وولفرهامبتون', 'برمنغهام سيتي', 'برمنجهام سيتي', 'سيلتيك', 'سلتيك', 'غلاسكو رينجرز', 'جلاسجو رينجرز', 'ليفربول',
	// Spain
	'ريال مدريد', 'أتلتيكو مدريد', 'اتلتيكو مدريد', 'أتليتكو مدريد', 'أتلتيكو', 'اتلتيكو', 'ديبورتيفو لاكورونيا', 'ديبورتيفو', 'سيلتا فيغو', 'سيلتا فيجو',
	'ريال بيتيس', 'بيتيس', 'ريال سوسيداد', 'أتلتيك بلباو', 'اتلتيك بلباو', 'إسبانيول', 'اسبانيول', 'فياريال', 'ريال سرقسطة', 'أوساسونا', 'اوساسونا',
	'مايوركا', 'خيتافي', 'ليفانتي', 'ريكرياتيفو', 'برشلونة',
	// Italy (not «نابولي», «تورينو», «بارما»: towns by the same name)
	'يوفنتوس', 'يوفينتوس', 'إنتر ميلان', 'انتر ميلان', 'إيه سي ميلان', 'ميلان', 'لاتسيو', 'سامبدوريا', 'فيورنتينا', 'أودينيزي', 'اودينيزي', 'أتالانتا',
	'اتالانتا', 'ريجينا',
	// Germany, France, the Low Countries, Portugal
	'بايرن ميونيخ', 'بايرن ميونخ', 'بايرن', 'بوروسيا دورتموند', 'دورتموند', 'فيردر بريمن', 'فيردر', 'شالكه', 'باير ليفركوزن', 'ليفركوزن', 'فولفسبورغ',
	'هيرتا برلين', 'مونشنغلادباخ', 'باريس سان جيرمان', 'باريس سان جرمان', 'أولمبيك مرسيليا', 'أولمبيك ليون', 'اولمبيك ليون', 'أياكس', 'اياكس',
	'أياكس أمستردام', 'آيندهوفن', 'أيندهوفن', 'فينورد', 'فيينورد', 'بنفيكا', 'بورتو', 'سبورتنغ لشبونة', 'سبورتينغ لشبونة', 'أندرلخت', 'اندرلخت',
	// elsewhere
	'غلطة سراي', 'غلطه سراي', 'جالطة سراي', 'فنربخشة', 'فنربخشه', 'فنربغشة', 'بشيكتاش', 'أولمبياكوس', 'اولمبياكوس', 'باناثينايكوس', 'دينامو كييف',
	'سبارتاك موسكو', 'تسيسكا موسكو', 'بوكا جونيورز', 'ريفر بليت',
	// Arab clubs whose names are no common words
	'الزمالك', 'الأهلي', 'الاهلي', 'الإسماعيلي', 'الاسماعيلي', 'المقاولون العرب', 'إنبي', 'انبي', 'الوداد', 'الترجي', 'النجم الساحلي', 'الصفاقسي',
	'الريان', 'الغرافة', 'شبيبة القبائل', 'وفاق سطيف', 'مولودية الجزائر', 'مولودية وهران', 'اتحاد العاصمة', 'الفيصلي', 'القادسية',
];
