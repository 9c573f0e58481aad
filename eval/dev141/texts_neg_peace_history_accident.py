"""dev141 hard negatives: arms control and mandates (peace), commemorations, remains and an
old bomb (history), and military crashes and a drill gone wrong (accident)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "US and Russia extend New START nuclear treaty by five years, days before it expires",
        "WASHINGTON/MOSCOW - The United States and Russia have agreed to extend the New START "
        "treaty, the last remaining agreement limiting their strategic nuclear arsenals, by five "
        "years until February 2026, officials in both capitals said on Wednesday. Russia's "
        "parliament ratified the extension on Wednesday and President Vladimir Putin signed it "
        "into law shortly afterwards, and the State Department said the two sides had exchanged "
        "diplomatic notes completing the process. The treaty caps each country at 1,550 deployed "
        "strategic warheads and 700 deployed missiles and bombers, and allows on-site "
        "inspections to verify compliance, though these have been suspended during the "
        "coronavirus pandemic. Secretary of State Antony Blinken said the extension would give "
        "both sides time to pursue talks on a broader agreement that could cover all nuclear "
        "weapons, including the tactical warheads not limited by New START. The previous "
        "administration had sought to make an extension conditional on China joining "
        "arms-control talks, which Beijing refused. Arms-control advocates welcomed the move, "
        "saying the treaty's expiry would have left the world's two largest nuclear powers "
        "without any limits for the first time since 1972. Russian Deputy Foreign Minister "
        'Sergei Ryabkov said Moscow was ready to start discussions on "strategic stability" '
        "soon.",
        "peace",
    ),
    (
        "Security Council extends UNIFIL mandate one final time, sets 2026 end for Lebanon mission",
        "UNITED NATIONS - The UN Security Council voted unanimously on Thursday to extend the "
        "mandate of the UN peacekeeping force in Lebanon, UNIFIL, for a final time until the end "
        "of next year, after which the mission will begin an orderly withdrawal of its roughly "
        "10,000 troops within a year. The resolution, drafted by France, was the result of weeks "
        "of negotiations after the United States and Israel pressed for the force, first "
        "deployed in 1978, to be wound down. Lebanon's government had asked for a full one-year "
        "renewal, arguing that the peacekeepers were needed to support the Lebanese army as it "
        "deploys south of the Litani River under the ceasefire agreement reached in November. "
        "Israel's ambassador said the mission had failed to prevent Hezbollah from building up "
        "its arsenal in the south. Troop contributors including Italy, Indonesia, India and "
        "Ghana said they would work with the Lebanese authorities on the transition. Lebanese "
        'Prime Minister Nawaf Salam said the decision was "not what we wanted" but that the '
        "army was ready to assume its responsibilities. The UN will present options for a "
        "follow-on presence by mid-2026, the resolution says. The mission's annual budget is "
        "about $500 million. Its peacekeepers patrol alongside the Lebanese army, clear "
        "unexploded ordnance and run projects in villages across the south. Irish and Italian "
        "troops have served in the force for decades, and both governments said they regretted "
        "the decision. Some diplomats said the timetable could still be revisited if the "
        "situation on the ground changed.",
        "peace",
    ),
    (
        "US and Iran hold first round of nuclear talks in Oman, agree to meet again next week",
        "MUSCAT (Reuters) - US and Iranian officials held their first talks on Iran's nuclear "
        "programme in years in Oman on Saturday, with both sides describing the meeting as "
        "constructive and agreeing to meet again next week. US Middle East envoy Steve Witkoff "
        "and Iranian Foreign Minister Abbas Araqchi spoke directly for a short time after "
        "exchanging messages through Oman's foreign minister, who shuttled between two rooms, "
        "Iran's foreign ministry said. The talks came after President Donald Trump wrote to "
        "Supreme Leader Ayatollah Ali Khamenei proposing negotiations and warned of military "
        "action if no deal was reached. Iran has rapidly expanded its enrichment of uranium to "
        "up to 60% purity, close to the roughly 90% needed for a weapon, the International "
        "Atomic Energy Agency has reported. Tehran says its programme is peaceful. Araqchi told "
        'state television the two sides were "very close to a basis for negotiations" but that '
        'it was too early to be optimistic. The White House said the discussions were "very '
        'positive and constructive" and a step toward a mutually beneficial outcome. Oil prices '
        "edged lower on Monday as traders priced in a lower risk of conflict.",
        "peace",
    ),
    (
        "US formally withdraws from INF Treaty, blaming Russian missile violations",
        "WASHINGTON - The United States formally withdrew from the Intermediate-Range Nuclear "
        "Forces Treaty on Friday, ending a Cold War-era pact that eliminated a whole class of "
        "land-based missiles and raising fears of a new arms race in Europe and Asia. Secretary "
        'of State Mike Pompeo said Russia was "solely responsible for the treaty\'s demise" '
        "because it had deployed the 9M729 cruise missile, which Washington and its NATO allies "
        "say violates the treaty's ban on ground-launched missiles with ranges between 500 and "
        "5,500 kilometres. Moscow denies the missile breaches the treaty and accuses the United "
        "States of violating it with launchers in Romania and Poland that it says could fire "
        "cruise missiles. NATO said in a statement that allies fully supported the US decision. "
        "Defense Secretary Mark Esper said the Pentagon would now develop ground-launched "
        "conventional missiles previously banned and that he would like to deploy them in Asia, "
        "where China is not bound by any such limits. The treaty was signed in 1987 by President "
        "Ronald Reagan and Soviet leader Mikhail Gorbachev. Arms-control groups warned that New "
        "START, which expires in 2021, was now the only remaining limit on the two countries' "
        "nuclear forces.",
        "peace",
    ),
    (
        "Poland and Baltic states move to quit anti-personnel mine treaty, citing threat from "
        "Russia",
        "WARSAW/VILNIUS - The defence ministers of Poland, Lithuania, Latvia and Estonia "
        "recommended on Tuesday that their countries withdraw from the Ottawa Convention banning "
        "anti-personnel landmines, saying the security situation in the region had fundamentally "
        "changed since they joined the treaty. In a joint statement, the ministers said leaving "
        'the convention would give their militaries "flexibility and freedom of choice" to use '
        "new weapon systems to defend NATO's eastern flank. Withdrawal requires approval by "
        "national parliaments and takes effect six months after the United Nations is notified. "
        "Russia is not a party to the treaty and has stockpiled millions of mines. Human rights "
        "groups and the International Committee of the Red Cross criticised the decision, saying "
        "anti-personnel mines kill and maim civilians for decades after conflicts end. Poland's "
        "deputy defence minister said the country could begin producing mines domestically and "
        "planned to lay them only in a crisis, as part of its East Shield border fortification "
        "programme. Finland announced a similar review a week later.",
        "peace",
    ),
    (
        "Veterans in their late nineties return to Normandy as leaders mark 80 years since D-Day",
        "OMAHA BEACH, France - Several dozen Second World War veterans, most of them aged 98 or "
        "older, joined heads of state and thousands of visitors in Normandy on Thursday to mark "
        "the 80th anniversary of the D-Day landings, likely one of the last major commemorations "
        "with survivors present. US President Joe Biden spoke at the American cemetery above "
        "Omaha Beach at Colleville-sur-Mer, where more than 9,000 service members are buried, "
        "and French President Emmanuel Macron hosted an international ceremony attended by King "
        "Charles III and Ukrainian President Volodymyr Zelensky. Veterans were brought to the "
        "ceremonies in wheelchairs and greeted by standing ovations. At Ver-sur-Mer, the British "
        "Normandy Memorial recorded the names of 22,442 service personnel under British command "
        "who died during the campaign. A team of paratroopers from the US, British, French and "
        "Belgian armies jumped over Sainte-Mère-Église, the first town liberated on June 6, "
        "1944, as reenactors in period uniforms watched from the fields. Stars and Stripes spoke "
        'to a 100-year-old former medic from Ohio who said he had come back "for the boys who '
        "didn't get old.\" About 156,000 Allied troops landed on the Normandy beaches that day.",
        "history",
    ),
    (
        "Remains of Korean War soldier missing since 1950 identified, returned to family in "
        "Georgia",
        "The Defense POW/MIA Accounting Agency said on Thursday it had identified the remains of "
        "Army Cpl. James H. Whitfield, 19, of Macon, Georgia, who was reported missing after his "
        "unit was attacked near the Chosin Reservoir in North Korea in December 1950. "
        "Whitfield's remains were among those in 55 boxes handed over by North Korea in 2018 "
        "after a summit between President Donald Trump and Kim Jong Un, the agency said. "
        "Scientists at the agency's laboratory at Joint Base Pearl Harbor-Hickam used DNA "
        "analysis, dental records and anthropological evidence to identify him. He will be "
        "buried with full military honours in his hometown in September, the DPAA said. His "
        'nephew, who provided a DNA sample in 2006, said the family had "never stopped '
        'waiting." More than 7,400 Americans remain unaccounted for from the Korean War, '
        "according to the agency. A rosette will be placed next to Whitfield's name on the "
        "Courts of the Missing at the Punchbowl cemetery in Honolulu to indicate he has been "
        "accounted for.",
        "history",
    ),
    (
        "10,000 residents evacuated as army bomb disposal team moves WWII device through Plymouth",
        "More than 10,000 people were evacuated from their homes in Plymouth on Friday as Army "
        "bomb disposal experts removed an unexploded Second World War bomb found in a back "
        "garden in the St Michael's Avenue area of Keyham. The 500 kg German device was "
        "discovered by a resident digging an extension on Tuesday, prompting a 300-metre cordon "
        "and the closure of the Torpoint ferry and a mainline rail route. Specialists from the "
        "Royal Logistic Corps' 33 Engineer Regiment worked through the night to make it safe "
        "enough to move, Plymouth City Council said. It was then driven through cleared streets "
        "under military escort to Torpoint, where it was taken out to sea by a Royal Navy diving "
        "team and detonated in a controlled explosion. Schools were closed and a rest centre was "
        "set up at a leisure centre for residents who had nowhere else to go. Devonport, home to "
        "a major naval base, was heavily bombed during the Plymouth Blitz of 1941, and the "
        "council said further finds could not be ruled out. Residents were allowed back to their "
        "homes by the evening.",
        "history",
    ),
    (
        "Falklands veterans gather in Port Stanley to mark 40 years since the end of the war",
        "PORT STANLEY - Hundreds of veterans and their families gathered in Port Stanley on "
        "Tuesday to mark the 40th anniversary of the end of the Falklands War, laying wreaths at "
        "the Liberation Monument and attending a service at Christ Church Cathedral. Many made "
        "the journey from the UK on a charter flight funded in part by the Falkland Islands "
        "government and veterans' charities. Islanders lined the route as a parade of veterans, "
        "serving personnel from the British Forces South Atlantic Islands garrison and local "
        "cadets marched along the seafront. The conflict, which began when Argentina invaded the "
        "islands in April 1982, lasted 74 days and cost the lives of 255 British service "
        "personnel, 649 Argentine military personnel and three islanders. In London, the Prince "
        "of Wales attended a service at the National Memorial Arboretum. Argentina continues to "
        "claim the islands, which it calls Las Malvinas, and President Alberto Fernández renewed "
        'the claim in a speech on April 2. "We come back to remember mates, not to celebrate," '
        "one former Royal Marine told UK Defence Journal.",
        "history",
    ),
    (
        "KF-16 jets drop bombs on village during live-fire drill in Pocheon, injuring 15",
        "SEOUL - Two South Korean KF-16 fighter jets mistakenly dropped eight MK-82 bombs on a "
        "civilian area in Pocheon, north of Seoul, during a live-fire exercise on Thursday "
        "morning, injuring 15 people, two of them seriously, the Air Force said. The bombs, "
        "meant for a firing range several kilometres away, landed near a village, damaging "
        "houses, a church and a military vehicle. The Air Force said the pilot of the first jet "
        "had entered the wrong coordinates before the flight, and the second jet had released "
        'its bombs in formation. "This is an incident that should never have happened," the '
        "Air Force chief of staff told reporters. The drill was part of combined training with "
        "US forces ahead of the annual Freedom Shield exercise. The military suspended all "
        "live-fire training nationwide while it investigated, and officials visited the injured "
        "in hospital. Residents of Pocheon, home to several large firing ranges, have long "
        "complained about noise and stray rounds, and many said the accident confirmed their "
        "fears. The government said it would compensate residents for damage to their homes. "
        "Footage from a dashboard camera showed a flash and a column of smoke rising over a road "
        "lined with houses. A Catholic church nearby had its windows blown out during a weekday "
        "service, but no one inside was hurt. The Defence Ministry said the accident was the "
        "first of its kind involving live bombs dropped outside a range. Lawmakers called for "
        "the Air Force chief to appear before parliament's defence committee.",
        "accident",
    ),
    (
        "Eight airmen killed as US Air Force Osprey crashes off Japan's Yakushima island",
        "TOKYO - A US Air Force CV-22B Osprey tilt-rotor aircraft crashed into the sea off "
        "Yakushima island in southern Japan on Wednesday during a training flight, killing all "
        "eight crew members aboard, the Air Force Special Operations Command said. The aircraft, "
        "assigned to the 353rd Special Operations Wing at Yokota Air Base near Tokyo, went down "
        "about a kilometre off the island's east coast as it approached the airport, Japanese "
        "officials said. Fishermen and Japan Coast Guard vessels recovered wreckage and the "
        "bodies of several crew members in the following days, and Navy divers later found the "
        "remaining crew inside the fuselage on the seabed. The Pentagon grounded its entire "
        "Osprey fleet of more than 400 aircraft in early December after investigators found that "
        "a materiel failure, rather than pilot error, appeared to have caused the crash. Japan "
        "also grounded its Ground Self-Defense Force Ospreys. The crash revived opposition in "
        "Okinawa, where US Marines operate Ospreys from Futenma, and local officials demanded "
        "that flights be suspended until the cause was explained.",
        "accident",
    ),
    (
        "CDS General Bipin Rawat, wife among 13 killed in IAF Mi-17V5 helicopter crash near "
        "Coonoor",
        "New Delhi: Chief of Defence Staff General Bipin Rawat, his wife Madhulika Rawat and 11 "
        "other people were killed when an Indian Air Force Mi-17V5 helicopter crashed in a "
        "forested area near Coonoor in Tamil Nadu on Wednesday afternoon, the IAF confirmed. The "
        "helicopter was flying from the Sulur air base to the Defence Services Staff College in "
        "Wellington, where General Rawat was to address officers, and crashed minutes before "
        "landing in poor visibility. Group Captain Varun Singh, the sole survivor, was taken to "
        "hospital with severe burns. Local residents were the first to reach the wreckage, which "
        "was on fire, and helped rescue teams pull out bodies, police said. Defence Minister "
        "Rajnath Singh informed Parliament on Thursday that a tri-service court of inquiry had "
        "been ordered under Air Marshal Manavendra Singh. General Rawat, India's first CDS, had "
        "been overseeing the creation of theatre commands. Officials said it was too early to "
        "speculate about the cause, but weather in the Nilgiri hills had deteriorated quickly "
        "that afternoon, and the Air Force asked the public not to share unverified theories.",
        "accident",
    ),
]
