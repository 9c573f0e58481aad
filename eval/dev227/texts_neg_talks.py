"""dev227 negatives, part one: talks, truces, deals and mandates (peace) and the desk's own war
words in diplomatic rows, votes, expulsions and reopened embassies (politics). See README.md."""

NEGATIVES = [
    (
        "Israel-Hezbollah ceasefire takes effect after US and French mediation",
        "A ceasefire between Israel and Hezbollah took effect in Lebanon at 04:00 local time on "
        "Wednesday, under an agreement brokered by the United States and France and approved by "
        "Israel's security cabinet the night before. Under its terms, Israeli forces are to "
        "withdraw from southern Lebanon over 60 days while the Lebanese army deploys along the "
        "border and Hezbollah moves its fighters and heavy weapons north of the Litani river. A "
        "committee chaired by the United States, and including France and the UN peacekeeping "
        "force UNIFIL, will monitor compliance. Lebanon's caretaker prime minister called it a "
        "crucial step towards restoring calm and said the army would recruit more soldiers for "
        "the south. No violations were reported in the first hours, a UNIFIL spokesman said. "
        "Israel's prime minister said his country retained the freedom to act if the deal was "
        "breached. The US president said the agreement was designed to be a permanent cessation "
        "of hostilities, and that Washington would now turn its efforts to Gaza.",
        "peace",
    ),
    (
        "Moscow and Kyiv agree exchange of 1,000 prisoners each after Istanbul meeting",
        "Russian and Ukrainian delegations agreed in Istanbul on Friday to exchange 1,000 "
        "prisoners of war each, the largest such swap agreed since the full-scale invasion, in "
        "their first direct talks in more than three years. The meeting at the Dolmabahce palace "
        "lasted less than two hours, Turkish officials said. Ukraine's defence minister, who led "
        "Kyiv's delegation, said the sides had also discussed a possible meeting of the two "
        "presidents, and that Russia had presented conditions that Ukraine considered "
        "unacceptable. The head of the Russian delegation, a presidential aide, said Moscow was "
        "satisfied and that each side would set out its vision of a future ceasefire in writing. "
        "Turkey's foreign minister, who opened the talks, said they showed that negotiation was "
        "possible. The date of the exchange was not announced, and lists of names are still to be "
        "drawn up. Relatives of Ukrainian soldiers held in Russia waited outside the palace "
        "holding photographs, hoping for news.",
        "peace",
    ),
    (
        "Armenia and Azerbaijan initial peace agreement at White House ceremony",
        "WASHINGTON - The leaders of Armenia and Azerbaijan initialled a peace agreement at the "
        "White House on Friday, pledging to establish diplomatic relations and to recognise each "
        "other's borders after nearly four decades of conflict over Nagorno-Karabakh. The text, "
        "agreed by the two foreign ministers in March, was not signed, as Baku wants Armenia first "
        "to amend its constitution to drop what it sees as territorial claims. The two sides also "
        "agreed on a transit route across southern Armenia linking Azerbaijan to its Nakhchivan "
        "exclave, to be developed with US companies. Armenia's prime minister called it a "
        "historic day and said the route would remain under Armenian law. Azerbaijan's president "
        "said the region had turned the page on war. Russia, which brokered the 2020 truce and "
        "kept peacekeepers in the region until 2024, said it welcomed any steps to normalise "
        "relations. Iran's foreign ministry warned against any foreign presence near its "
        "border. The two countries also agreed to dissolve the OSCE Minsk Group.",
        "peace",
    ),
    (
        "Security Council renews UNIFIL mandate for final time, sets 2027 end date",
        "NEW YORK - The UN Security Council voted unanimously on Thursday to extend the mandate of "
        "the peacekeeping force in southern Lebanon, UNIFIL, for a last time until the end of "
        "2026, after which it will begin a withdrawal lasting up to a year. The resolution, drafted "
        "by France, followed weeks of negotiation with the United States, which had pushed for an "
        "immediate end to the mission, arguing that it had failed to prevent the build-up of "
        "weapons in the south. Lebanon's government had asked for a full renewal and said the "
        "force remained essential while the army extended its presence along the border. The "
        "mission has about 10,000 troops from nearly 50 countries. Italy, Spain and Ireland, "
        "which contribute large contingents, said they regretted the decision but would work to "
        "make the handover orderly. France's ambassador called the text a balanced compromise. "
        "The council asked the secretary-general to present options for the UN's future presence "
        "by next June.",
        "peace",
    ),
    (
        "Colombia and ELN sign six-month bilateral ceasefire in Havana",
        "HAVANA - Colombia's government and the National Liberation Army signed an agreement on "
        "Friday for a six-month bilateral ceasefire, the first with the guerrilla group in its "
        "nearly six decades of existence, at the close of the third round of peace talks in the "
        "Cuban capital. President Gustavo Petro and the ELN's commander, Antonio Garcia, shook "
        "hands at the ceremony, attended by the presidents of Cuba and Venezuela. The truce will "
        "begin in early August after a period of preparation, and will be monitored by the UN "
        "verification mission and the Catholic Church. The two delegations also agreed on a "
        "mechanism for civil society participation, which the ELN has long demanded. The "
        "government's chief negotiator said the deal was the most important step in the history "
        "of the process. Critics in the opposition said the group had made no commitment to "
        "stop kidnapping. The next round is set to take place in Venezuela in August. Norway, "
        "Mexico and Brazil are among the guarantor countries.",
        "peace",
    ),
    (
        "Ethiopia and Tigrayan leaders sign cessation of hostilities in Pretoria",
        "PRETORIA - Ethiopia's federal government and the Tigray People's Liberation Front signed "
        "an agreement on Wednesday for a permanent cessation of hostilities, after ten days of "
        "talks mediated by the African Union in the South African capital. The deal provides for "
        "the disarmament of Tigrayan fighters, the restoration of federal authority in the region "
        "and unhindered humanitarian access, the AU's envoy said. The two-year war has been "
        "blamed for hundreds of thousands of deaths, by some estimates, and millions of people "
        "needing food aid. The government's chief negotiator said Ethiopia had won peace as a "
        "whole. The TPLF's representative said his side had made painful concessions to build "
        "trust. The agreement does not mention Eritrea, whose troops fought alongside federal "
        "forces. The AU Commission chairman called it the dawn of a new era, and the UN "
        "secretary-general welcomed it as a first step. A joint committee is due to meet within "
        "days to draw up the timetable for implementation.",
        "peace",
    ),
    (
        "Burgenstock summit backs Ukraine's territorial integrity; several nations refuse to sign",
        "BURGENSTOCK, Switzerland - More than 80 countries endorsed a final communique at the "
        "close of a two-day summit on peace in Ukraine on Sunday, affirming the country's "
        "territorial integrity and calling for all prisoners of war to be exchanged. India, "
        "Saudi Arabia, South Africa and the United Arab Emirates were among the participants "
        "that did not sign. The document covers nuclear safety, food security and the return of "
        "deported children, three of the ten points of Ukraine's peace formula. Russia was not "
        "invited and dismissed the meeting as pointless. Switzerland's president said a future "
        "process would need to include Moscow. Ukraine's president said a second summit could "
        "produce a peace plan to present to Russia. The host said delegations from 92 countries "
        "and eight organisations had attended, meeting at a resort above Lake Lucerne. Several "
        "Global South delegates said a credible process required both warring parties at the "
        "table.",
        "peace",
    ),
    (
        "UN envoy announces two-month extension of Yemen truce",
        "The United Nations envoy for Yemen announced on Thursday that the warring parties had "
        "agreed to extend a nationwide truce by a further two months on the same terms, hours "
        "before it was due to expire. The truce, which began in April, has brought the longest "
        "period of relative calm since the war began, and allowed commercial flights from Sanaa "
        "airport and fuel ships into the port of Hodeidah. The envoy said he would keep working "
        "on an expanded agreement that would include paying civil servants' salaries and "
        "reopening roads around Taiz. The Saudi-led coalition and the internationally recognised "
        "government welcomed the extension. The Houthis' chief negotiator said the movement "
        "accepted it but accused the other side of delaying salary payments. The UN secretary-"
        "general urged both parties to seize the opportunity for a lasting settlement. Oman, "
        "which hosts Houthi negotiators in Muscat, has played a central role in the contacts.",
        "peace",
    ),
    (
        "Congo and Rwanda sign peace deal in Washington, pledge end to support for armed groups",
        "WASHINGTON - The foreign ministers of the Democratic Republic of Congo and Rwanda signed "
        "a peace agreement at the State Department on Friday, committing their countries to "
        "respect each other's territorial integrity and to stop supporting armed groups in "
        "eastern Congo. The deal, brokered by the United States with help from Qatar, provides "
        "for a joint security coordination mechanism to be set up within 30 days and for a "
        "regional economic framework covering mineral supply chains. Congo's foreign minister "
        "said it would not bring back those who were lost but would open a new page. Her Rwandan "
        "counterpart said the two countries must now move from words to implementation. The "
        "agreement does not cover the M23 group directly, which is in separate talks with "
        "Kinshasa in Doha. The US secretary of state said the signing was a glorious moment, and "
        "the presidents of the two countries are expected to meet in Washington in the coming "
        "weeks.",
        "peace",
    ),
    (
        "Norway expels 15 Russian diplomats it says were intelligence officers",
        "OSLO - Norway expelled 15 Russian diplomats on Thursday, saying they were intelligence "
        "officers working under diplomatic cover, in the latest of a string of expulsions by "
        "European governments. The foreign ministry said the officials had been given a week to "
        "leave, and that their activities were a threat to Norwegian interests. The foreign "
        "minister said the decision was meant to counter and reduce the scope of Russian "
        "intelligence activity in Norway. Russia's embassy in Oslo said the move was hostile and "
        "would not go unanswered. Norway shares a short Arctic border with Russia and has "
        "tightened security around its oil and gas installations in the North Sea. The police "
        "security service said in February that Russia posed the greatest intelligence threat to "
        "the country. Several European countries have expelled hundreds of Russian diplomats "
        "between them since the invasion of Ukraine began. Moscow expelled ten Norwegian "
        "diplomats in response to a similar move last year.",
        "politics",
    ),
    (
        "Spain withdraws ambassador from Buenos Aires as war of words with Milei escalates",
        "MADRID - Spain withdrew its ambassador to Argentina indefinitely on Tuesday after "
        "President Javier Milei refused to apologise for calling the Spanish prime minister's "
        "wife corrupt at a rally of far-right parties in Madrid. Spain's foreign minister said "
        "the remarks were an unprecedented attack on Spanish institutions and that relations had "
        "been damaged. Milei's spokesman said the president would not retract and accused the "
        "Spanish government of launching a campaign against him. The war of words began when a "
        "Spanish minister suggested Milei had taken substances, prompting a furious broadside "
        "from Buenos Aires. Spanish companies, among the largest investors in Argentina, have "
        "urged both sides to calm the dispute. The embassy will be run by a charge d'affaires. It "
        "is the first time Spain has withdrawn an ambassador to Argentina since the return of "
        "democracy. Opposition parties in Madrid accused the government of exploiting the row for "
        "electoral gain before the European elections.",
        "politics",
    ),
    (
        "Ukraine opens diplomatic offensive in Africa with new embassies and grain pledges",
        "Ukraine's foreign minister began a four-country tour of Africa in Rwanda on Monday, part "
        "of what Kyiv calls a diplomatic offensive to win over governments that have stayed "
        "neutral in its war with Russia. He is due to visit Ethiopia, Mozambique and Mauritius, "
        "and to announce the opening of ten new embassies on the continent. Kyiv is also "
        "expanding its Grain from Ukraine programme, which ships wheat to countries facing food "
        "shortages, and will offer scholarships and trade missions. Russia has courted African "
        "leaders with summits in St Petersburg and promises of free grain, and its foreign "
        "minister has made several tours of the continent. Analysts said Kyiv arrived late to a "
        "battle for hearts and minds that Moscow had been fighting for years. The minister told "
        "reporters in Kigali that Africa did not have to choose sides but should support the UN "
        "Charter. Rwanda's foreign minister said the country valued partnership with both.",
        "politics",
    ),
    (
        "Brazil's president tells General Assembly that wars are a failure of diplomacy",
        "NEW YORK - Brazil's president opened the general debate of the UN General Assembly on "
        "Tuesday with a speech condemning the wars in Ukraine and Gaza and calling for a reform of "
        "the Security Council, which he said had lost its credibility. He said the invasion of "
        "Ukraine was a violation of international law, but that no solution would come from "
        "weapons alone, and that the right to self-defence could not become a licence for "
        "collective punishment. Under a tradition dating back to the 1950s, Brazil's leader "
        "always speaks first. He also called for a global tax on the super-rich and more money to "
        "protect the Amazon. The US president, who spoke next, urged members not to let support "
        "for Ukraine fade. Several delegations walked out as the Israeli prime minister began "
        "his own speech later in the week. Diplomats said the week of speeches had done little to "
        "bridge the divisions among the five permanent members.",
        "politics",
    ),
    (
        "Russian veto ends UN panel monitoring North Korea sanctions",
        "NEW YORK - Russia vetoed on Thursday a Security Council resolution to renew the mandate "
        "of the panel of experts that monitors UN sanctions on North Korea, ending its work when "
        "the current mandate expires at the end of April. Thirteen of the 15 council members "
        "voted in favour, and China abstained. The panel has reported for 15 years on Pyongyang's "
        "attempts to evade sanctions, including ship-to-ship transfers of oil and cyberattacks on "
        "cryptocurrency exchanges. Russia's ambassador said the sanctions had lost their relevance "
        "and that the panel had become an instrument of Western pressure. The US ambassador said "
        "Moscow had acted to cover up its own purchases of North Korean ballistic missiles, which "
        "Russia denies. South Korea's foreign ministry said Seoul would look for other ways to "
        "monitor compliance. Japan and South Korea called the veto deeply regrettable. "
        "Diplomats said it was the first time Russia had used its veto to end "
        "a sanctions monitoring body altogether.",
        "politics",
    ),
    (
        "Saudi Arabia and Iran reopen embassies seven years after rupture",
        "TEHRAN - Saudi Arabia's embassy in Tehran resumed work on Wednesday, a week after Iran "
        "reopened its embassy in Riyadh, completing the restoration of diplomatic relations "
        "broken off by the two regional rivals in 2016. The agreement to restore ties was "
        "announced in March after talks in Beijing brokered by China. Iran's foreign ministry "
        "said its new ambassador had presented his credentials and that the consulate in Jeddah "
        "would also reopen. A small Saudi delegation raised the flag at the embassy building, "
        "which had been closed since crowds ransacked it after the execution of a Shi'ite cleric "
        "seven years ago. The two foreign ministers have met three times since the spring and "
        "discussed flights, trade and the resumption of a security cooperation pact signed in "
        "2001. Analysts said the detente had eased tension across the Gulf but left many rivalries "
        "untouched. Bahrain and the UAE have also upgraded their contacts with Tehran.",
        "politics",
    ),
    (
        "G20 leaders settle bruising battle over Ukraine wording in Delhi declaration",
        "NEW DELHI - The Group of 20 adopted a joint declaration on the first day of its summit "
        "in New Delhi on Saturday, after Indian negotiators brokered a compromise on the war in "
        "Ukraine that avoided direct criticism of Russia. The text calls on all states to refrain "
        "from the threat or use of force to seek territorial acquisition, but drops language from "
        "last year's Bali statement that most members strongly condemned the war. Officials said "
        "the paragraph on Ukraine had been fought over line by line for weeks, with the host "
        "proposing more than a dozen drafts. Russia's foreign minister called the result a "
        "balanced outcome, while Ukraine's foreign ministry said it was nothing to be proud of. "
        "India's prime minister announced the African Union's admission as a permanent member to "
        "applause. Western officials said they had accepted the text to keep the group united on "
        "debt, climate and development. China was represented by its premier after the president "
        "stayed away.",
        "politics",
    ),
    (
        "Britain, Canada and Australia recognise Palestinian state before UN session",
        "LONDON - Britain, Canada and Australia formally recognised a Palestinian state on Sunday, "
        "followed by Portugal hours later, in a coordinated move before the opening of the UN "
        "General Assembly. The British prime minister said in a video statement that the "
        "decision was meant to keep alive the possibility of a two-state solution and was not a "
        "reward for Hamas. Israel's prime minister called the move absurd and said a Palestinian "
        "state would not be established west of the Jordan River. France, Belgium and several "
        "other countries were expected to follow at a conference co-chaired by France and Saudi "
        "Arabia in New York the next day. More than three quarters of UN members now recognise "
        "Palestine. The Palestinian Authority's foreign ministry said it was a historic step and "
        "asked recognising states to open embassies. The US State Department said the decisions "
        "were for show and would not bring peace closer. In Ramallah, officials raised the "
        "Palestinian flag at a ceremony attended by foreign consuls.",
        "politics",
    ),
    (
        "Algeria recalls ambassador from Paris over Western Sahara stance",
        "ALGIERS - Algeria recalled its ambassador to France with immediate effect on Tuesday, "
        "after the French president said in a letter to Morocco's king that Moroccan autonomy was "
        "the only basis for resolving the Western Sahara dispute. The foreign ministry said "
        "France had taken a step that no previous French government had taken, and that it "
        "would draw all the consequences. The move opened a new front in a long war of words "
        "between Algiers and its former colonial ruler, which had begun to ease after a visit by "
        "the French president two years earlier. French officials said Paris wanted to keep "
        "working with Algeria on memory, migration and energy. Algeria backs the Polisario Front, "
        "which seeks independence for the territory. Morocco's foreign minister welcomed the "
        "French position as a historic turning point. The Algerian press accused Paris of "
        "betraying the UN process and of choosing Rabat over Algiers. The French embassy in Algiers "
        "said its consular services would continue to operate normally.",
        "politics",
    ),
]
