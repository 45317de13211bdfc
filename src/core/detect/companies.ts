/**
 * Companies, banks and brokers that market reports name without a legal form or any other cue
 * («Cheung Kong added HK$1.50», «said an analyst at Smith Barney», «a downgrade from Kleinwort
 * Benson»), which the model reads as persons or places. Written from general knowledge for this
 * project, not taken from any corpus; names that are common words too («Total», «Shell») are left
 * out.
 */
export const LISTED_COMPANIES: readonly string[] = [
	// banks and brokers
	'Smith Barney', 'Goldman Sachs', 'Merrill Lynch', 'Morgan Stanley', 'Salomon Brothers', 'Lehman Brothers', 'Kleinwort Benson', 'Paine Webber',
	'PaineWebber', 'Dean Witter', 'Bear Stearns', 'JP Morgan', 'J.P. Morgan', 'Chase Manhattan', 'Citibank', 'Citicorp', 'BankAmerica', 'Nomura',
	'Daiwa', 'Nikko', 'Yamaichi', 'Jardine Fleming', 'Barclays', 'NatWest', 'Lloyds', 'Schroders', 'Warburg', 'SBC Warburg', 'Hambros', 'Cazenove',
	'UBS', 'Credit Suisse', 'Deutsche Bank', 'Dresdner', 'Dresdner Bank', 'Commerzbank', 'BNP', 'Societe Generale', 'Paribas', 'Credit Lyonnais',
	'ABN AMRO', 'ABN Amro', 'ING', 'Rabobank', 'Banco Santander', 'Allianz', 'Hang Seng Bank', 'HSBC',
	// industry and trade in Europe
	'Siemens', 'Daimler-Benz', 'Volkswagen', 'BMW', 'Bayer', 'BASF', 'Hoechst', 'Telekom', 'Deutsche Telekom', 'Lufthansa', 'Veba', 'RWE',
	'Mannesmann', 'Thyssen', 'Krupp', 'Glaxo Wellcome', 'Zeneca', 'SmithKline Beecham', 'British Airways', 'British Telecom', 'Cable and Wireless',
	'Unilever', 'Rolls-Royce', 'British Aerospace', 'GEC', 'Marks and Spencer', 'Sainsbury', 'Tesco', 'Vodafone', 'Rentokil', 'Alcatel Alsthom',
	'Thomson-CSF', 'Lagardere', 'Matra', 'Michelin', 'Peugeot', 'Fiat', 'Olivetti', 'Pirelli', 'Montedison', 'Telecom Italia', 'Philips', 'Ahold',
	'KLM', 'Nestle', 'Novartis', 'Ciba-Geigy', 'Sandoz', 'Nokia', 'Ericsson', 'Volvo', 'Saab', 'Electrolux', 'ABB', 'Norsk Hydro', 'Repsol',
	'Telefonica', 'Elf Aquitaine',
	// Asia, Africa, the Americas
	'Sony', 'Toyota', 'Nissan', 'Hitachi', 'Toshiba', 'Fujitsu', 'Matsushita', 'Mitsubishi', 'Sumitomo', 'Mitsui', 'Hyundai', 'Samsung', 'Daewoo',
	'Cheung Kong', 'Hutchison Whampoa', 'Jardine Matheson', 'Swire Pacific', 'Sun Hung Kai', 'Henderson Land', 'Telebras', 'Petrobras',
	'Vale do Rio Doce', 'Anglo American', 'De Beers', 'Sasol', 'Liberty Life', 'Boeing', 'Microsoft', 'IBM', 'Intel', 'General Motors', 'Chrysler',
	'Exxon', 'Mobil', 'Texaco', 'Chevron', 'Coca-Cola', 'PepsiCo', 'Wal-Mart', 'Kmart', 'Time Warner', 'Dow Chemical', 'Motorola',
];
