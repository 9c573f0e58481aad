"""dev57 negatives: foreign ministries and peace-making without a current violent event:
protests, summons and condemnations of words or decisions, peace talks and agreements, prisoner
and body exchanges carried out under agreements, surrenders and disarmament ceremonies, and a
propaganda campaign of balloons; kinds hard_negative_politics and hard_negative_peace.
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "China lodges stern representations over US arms sale to Taiwan region",
        "China firmly opposes the US sale of weapons to China's Taiwan region and has lodged stern "
        "representations with the US side, a Foreign Ministry spokesperson said at a regular press "
        "briefing on Tuesday. The question of Taiwan is at the very core of China's core interests "
        "and the first red line that must not be crossed, the spokesperson said, urging Washington "
        "to stop arming Taiwan and to stop sending wrong signals to separatist forces.",
        "politics",
    ),
    (
        "Foreign Ministry summons German ambassador over 'revanchist' statements",
        "The German ambassador was summoned to the Russian Ministry of Foreign Affairs on Friday, "
        "where a strong protest was lodged over statements by German officials that the ministry "
        "described as revanchist and aimed at escalating tension, the ministry said. The "
        "ambassador was told that Berlin's course of militarising the country and pumping weapons "
        "into the Kyiv regime would not go unanswered.",
        "politics",
    ),
    (
        "Iran's Foreign Ministry condemns European Parliament resolution as interference",
        "The spokesman of the Ministry of Foreign Affairs condemned a resolution of the European "
        "Parliament on human rights in Iran as blatant interference in the country's internal "
        "affairs, IRNA reported. The resolution was based on false information and reflected the "
        "double standards of European countries, which remained silent on the crimes of the "
        "Zionist regime, he said. The charge d'affaires of the European Union country holding the "
        "presidency was summoned.",
        "politics",
    ),
    (
        "Foreign Office rejects Indian leaders' 'hostile rhetoric' as irresponsible",
        "Pakistan strongly rejects the provocative and irresponsible remarks made by Indian "
        "leaders during election rallies about Azad Jammu and Kashmir, the Foreign Office "
        "spokesperson said at the weekly briefing in Islamabad. Such hostile rhetoric is a threat "
        "to regional peace, she said, adding that Pakistan's armed forces were fully capable of "
        "defending the country's sovereignty. She urged the international community to take note "
        "of India's increasingly belligerent statements.",
        "politics",
    ),
    (
        "Kingdom condemns Israeli approval of new settlement units in the West Bank",
        "The Ministry of Foreign Affairs expressed the Kingdom's condemnation and denunciation of "
        "the Israeli occupation authorities' approval of plans to build more than 3,000 settlement "
        "units in the occupied West Bank, the Saudi Press Agency reported. The ministry affirmed "
        "the Kingdom's categorical rejection of settlement activities, which violate international "
        "law and undermine the prospects for peace, and renewed its call on the international "
        "community to shoulder its responsibilities.",
        "politics",
    ),
    (
        "Ankara condemns Quran burning outside Turkish embassy in Stockholm",
        "The Ministry of Foreign Affairs condemned in the strongest terms the burning of a copy of "
        "the Holy Quran outside the Turkish embassy in Stockholm, which Swedish authorities had "
        "allowed, Anadolu Agency reported. Permitting this act under the guise of freedom of "
        "expression is completely unacceptable, the ministry said. A visit by the Swedish defence "
        "minister to Ankara was cancelled, and the Swedish ambassador was summoned.",
        "politics",
    ),
    (
        "Baku and Yerevan complete negotiations on text of peace agreement",
        "Negotiations on the text of the Agreement on the Establishment of Peace and Interstate "
        "Relations between Azerbaijan and Armenia have been completed, the Ministry of Foreign "
        "Affairs of Azerbaijan said. Armenia's Foreign Ministry confirmed that the draft was ready "
        "for signing, and said it was ready to begin consultations on the date and place. Baku "
        "said Armenia still had to amend its constitution to remove territorial claims before the "
        "treaty could be signed.",
        "peace",
    ),
    (
        "Russia and Ukraine exchange 95 prisoners each in UAE-mediated swap",
        "As a result of negotiations, 95 Russian servicemen who had been in captivity were "
        "returned from territory controlled by the Kyiv regime, and 95 prisoners of war of the "
        "Armed Forces of Ukraine were handed over in return, the Russian Defence Ministry said. "
        "The United Arab Emirates provided humanitarian mediation, the ministry said. The released "
        "servicemen are in Belarus and will be flown to Russia for treatment and rehabilitation at "
        "military hospitals. Ukraine's Coordination Headquarters for the Treatment of Prisoners of "
        "War said the freed Ukrainians included defenders of Mariupol and border guards. It was "
        "the 50th exchange since the start of the full-scale invasion, the headquarters said. "
        "Relatives holding portraits of missing servicemen gathered at the border crossing in the "
        "hope of finding their loved ones among those released.",
        "peace",
    ),
    (
        "Bodies of 909 fallen defenders returned to Ukraine",
        "The bodies of 909 fallen defenders were returned to Ukraine as a result of repatriation "
        "measures, the Coordination Headquarters for the Treatment of Prisoners of War said on "
        "Friday. Law enforcement agencies and forensic experts will identify the dead, and the "
        "families will be informed, the headquarters said, thanking the International Committee of "
        "the Red Cross. The Russian side said it had received the bodies of 41 servicemen.",
        "peace",
    ),
    (
        "ICRC flights carry released detainees between Sanaa and Saudi Arabia",
        "The International Committee of the Red Cross flew released detainees between Sanaa, "
        "Marib, Aden and Abha on the third day of the operation, completing the release of almost "
        "900 detainees agreed by the parties to the conflict in Yemen in Switzerland last month, "
        "the ICRC said. Families gathered at Sanaa airport to welcome the returning men, and the "
        "Saudi Press Agency showed Saudi prisoners landing in Abha. The ICRC called it a rare "
        "glimmer of hope.",
        "peace",
    ),
    (
        "Azerbaijan frees 32 Armenian servicemen, Armenia releases two soldiers in goodwill "
        "gesture",
        "Azerbaijan released 32 Armenian servicemen and Armenia freed two Azerbaijani soldiers on "
        "Wednesday, in the exchange both governments had agreed in a joint statement as a goodwill "
        "gesture towards a peace treaty, the Office of the President of Azerbaijan said. The "
        "handover took place on the border in the Gazakh district under the observation of the "
        "International Committee of the Red Cross. Armenia, in turn, withdrew its bid to host the "
        "climate conference, clearing the way for Baku.",
        "peace",
    ),
    (
        "Sudanese army and RSF delegations resume talks in Jeddah",
        "Delegations of the Sudanese Armed Forces and the Rapid Support Forces resumed talks in "
        "Jeddah on Thursday under the facilitation of Saudi Arabia, the United States and the "
        "African Union representing IGAD, the Saudi Press Agency reported. The talks focus on "
        "humanitarian access and confidence-building measures, the facilitators said, and will not "
        "address wider political questions. The Kingdom urged both sides to prioritise the "
        "interests of the Sudanese people. The delegations met separately with the facilitators on "
        "the first day, diplomats said. A previous round broke up in December without agreement.",
        "peace",
    ),
    (
        "Government and ELN agree on protocol for bilateral ceasefire in Havana",
        "The government delegation and the ELN signed in Havana the protocols of a national "
        "bilateral ceasefire that will start in August and last six months, the High Commissioner "
        "for Peace said. A monitoring mechanism including the United Nations and the Catholic "
        "Church will verify compliance, the statement said. The President, who attended the "
        "signing, said the agreement opened the way to a society free of armed violence.",
        "peace",
    ),
    (
        "Foreign ministers of DRC and Rwanda sign Washington peace accord, presidency says",
        "The foreign ministers of the Democratic Republic of the Congo and Rwanda signed a peace "
        "agreement in Washington on Friday, under which Rwanda is to lift its defensive measures "
        "and the two countries will set up a joint security coordination mechanism within 30 days, "
        "the Congolese presidency said. The agreement also provides for a regional economic "
        "integration framework. Kinshasa said the text respected its territorial integrity.",
        "peace",
    ),
    (
        "Two PKK terrorists 'neutralised' after surrendering to security forces",
        "Two members of the PKK terrorist organisation surrendered to security forces at the Habur "
        "border gate in Sirnak after being persuaded to lay down their arms, the Interior Ministry "
        "said, bringing the number of terrorists who have surrendered since the beginning of the "
        "year to 47. The ministry, which counts surrenders among terrorists neutralised, said "
        "persuasion efforts by security forces had convinced the two to flee the group in northern "
        "Iraq. They were taken to the provincial security directorate for questioning. No shots "
        "were fired and no operation was carried out, the statement said. The Interior Minister "
        "posted photographs of the two men in his weekly list of terrorists neutralised, under the "
        "heading of surrenders.",
        "peace",
    ),
    (
        "27 NPA returnees receive E-CLIP benefits in Agusan del Sur",
        "Twenty-seven former members of the New People's Army who surrendered to the Army's 26th "
        "Infantry Battalion last year received financial assistance worth 2.1 million pesos under "
        "the Enhanced Comprehensive Local Integration Programme in Prosperidad, Agusan del Sur, "
        "the Philippine News Agency reported. The provincial governor urged the remaining members "
        "of the communist terrorist group to return to the fold of the law. The former rebels also "
        "surrendered 19 firearms.",
        "peace",
    ),
    (
        "DHQ: over 1,000 Boko Haram fighters and families surrender to troops in Borno",
        "More than 1,000 Boko Haram and ISWAP fighters and their family members surrendered to "
        "troops of Operation Hadin Kai in Bama and Gwoza local government areas in the past two "
        "weeks, the Director of Defence Media Operations said at a briefing in Abuja. The "
        "surrendered persons, among them 312 adult males, were handed over to the Borno State "
        "government for profiling and deradicalisation under Operation Safe Corridor, he said.",
        "peace",
    ),
    (
        "PKK fighters burn weapons in disarmament ceremony near Sulaymaniyah",
        "A group of 30 PKK militants burned their weapons in a ceremony at the entrance of a cave "
        "near Sulaymaniyah in northern Iraq on Friday, the first concrete step in the disarmament "
        "of the group after it announced its dissolution, Anadolu Agency reported. Turkish "
        "intelligence officials and representatives of the Kurdistan Regional Government observed "
        "the ceremony. The ruling party's spokesman said the process of a terror-free Turkiye had "
        "entered a new phase.",
        "peace",
    ),
    (
        "Former combatants in Tigray begin handing in weapons under DDR programme",
        "The National Rehabilitation Commission began the disarmament, demobilisation and "
        "reintegration of former combatants in the Tigray region in Mekelle on Wednesday, with a "
        "first group of 320 ex-fighters handing in their weapons, ENA reported. The commission "
        "plans to reintegrate 75,000 former fighters in the region in the first phase under the "
        "Pretoria cessation of hostilities agreement, its commissioner said.",
        "peace",
    ),
    (
        "Peace talks with ethnic armed organisations in Nay Pyi Taw: 'peace is a must'",
        "The National Solidarity and Peacemaking Negotiation Committee held talks in Nay Pyi Taw "
        "with delegations of seven ethnic armed organisations that signed the Nationwide Ceasefire "
        "Agreement, the Global New Light of Myanmar reported. The chairman of the committee said "
        "peace was a must for the Union, and that the doors were open to all groups that renounced "
        "the path of armed struggle. The talks are to continue on Friday.",
        "peace",
    ),
    (
        "North Korea sends more balloons carrying rubbish across the border",
        "North Korea launched about 300 balloons carrying rubbish, including cigarette butts and "
        "waste paper, towards the South overnight, the Joint Chiefs of Staff said, and about 80 of "
        "them landed in Seoul and Gyeonggi Province. The military urged residents not to touch the "
        "balloons and to report them. KCNA quoted a vice department director as calling the "
        "balloons 'gifts of sincerity' in response to leaflets sent by South Korean activists. No "
        "injuries were reported.",
        "politics",
    ),
    (
        "MEA rejects China's renaming of places in Arunachal Pradesh",
        "India categorically rejects China's attempts to assign names to places in the Indian "
        "state of Arunachal Pradesh, the spokesperson of the Ministry of External Affairs said, "
        "adding that creative naming would not alter the undeniable reality that the state was, is "
        "and will always be an integral part of India. China's Ministry of Civil Affairs had "
        "published a list of 30 standardised names for places in what it calls Zangnan.",
        "politics",
    ),
]
