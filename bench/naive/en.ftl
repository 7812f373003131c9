### Simplified notice for the seed event, in en (bench/naive_send.py).
### Made from what `communique preview` writes; the real locales are in locales/en/.

headline = { $round }rd round of Kazakh-Mexican political consultations held in Mexico
dateline = 10 December 2022, { $time } ({ $offset })
lead-in = { $city }. { $agency } –
lead = The 3rd round of political consultations between the foreign ministries of Kazakhstan and Mexico was held in Mexico City, Kazinform has learned from the press service of the Ministry of Foreign Affairs of Kazakhstan.
body-1 = The Kazakh delegation was headed by Nurgali Arystanov, Director of the Department of the Americas of the Ministry of Foreign Affairs. On the Mexican side, the meeting was co-chaired by Amparo Anguiano Rodríguez, Director General for Central Asia at the Ministry of Foreign Affairs.
body-2 = On behalf of President of Mexico Andrés Manuel López Obrador, the Mexican side congratulated President of Kazakhstan Kassym-Jomart Tokayev on his re-election in the recent presidential election. In addition, Amparo Anguiano Rodríguez commended the political and economic reforms under way in Kazakhstan.
body-3 = During the talks, the parties discussed a wide range of issues of bilateral cooperation and interaction within international organizations. They noted with satisfaction that ties between the two countries had intensified, especially in the fields of culture, education and joint foreign policy research. The parties also exchanged views on topical issues on the global agenda.
body-4 = Following the meeting, the parties agreed on the importance of maintaining regular dialogue within the mechanism of political consultations. They also agreed to hold the next round of political consultations in Astana in 2023.
body-5 = The Kazakh delegation also met with legislators, members of the Mexico–Kazakhstan Parliamentary Friendship Group.
body-6 = At a meeting with a representative of the Institutional Stock Exchange (BIVA), the parties discussed opportunities for economic and business cooperation.
body-7 = The programme also included the opening of the photo exhibition “Kazakhstan: Where Europe Meets Asia”. The opening ceremony was attended by representatives of the Ministry of Foreign Affairs, the Ministry of Culture, the Mexico City Mayor’s Office and members of Parliament. The exhibition, on display in the open air in the very centre of the Mexican capital, will run until the end of January 2023.
credit = Photo: gov.kz

email-why = You are receiving this press release because you subscribed to “{ $list }”.
email-unsubscribe = Unsubscribe
email-view-online = View in your browser
